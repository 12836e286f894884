package io.tellerline.privacy.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.identity.application.StaffAuditFields;
import io.tellerline.identity.application.StepUpGuard;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Role;
import io.tellerline.privacy.application.TokenKeyChangeRefusedException.Reason;
import io.tellerline.privacy.domain.TokenKeyVersion;
import io.tellerline.privacy.domain.TokenKeyVersions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tokenization key rotation, by a compliance officer or an admin after her own recent multi-factor
 * authentication (policy action {@value #ACTION}): start re-tokenizing every stored token under the
 * newest key version held (the work is {@code TokenRetokenizer}'s, in the background), and, once no
 * kept value's token is under an older version, destroy that version: it is never used again, so a
 * token under it (in a backup, in the audit log) can no longer be found or turned back. The
 * custodians then remove it from the keystore and its escrow (compliance-docs/key-management.md).
 */
@Stateless
@RolesAllowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
public class TokenKeyRotationService {

  static final String ACTION = "privacy.manage_token_keys";

  @Inject PersonalDataProtection protection;
  @Inject MasterKeys masterKeys;
  @Inject TokenKeyVersions versions;
  @Inject StepUpGuard stepUp;
  @Inject Audit audit;
  @Inject Clock clock;

  /** Every version held here or named in the database, oldest first. */
  public List<TokenKeyStatus> versions() {
    Set<Integer> live = protection.liveTokenKeyVersions();
    int active = protection.tokenKeyVersion();
    Map<Integer, Long> tokens = versions.tokensByVersion();
    TreeSet<Integer> all = new TreeSet<>(masterKeys.tokenizationVersions().keySet());
    all.addAll(tokens.keySet());
    all.addAll(versions.destroyed());
    return all.stream()
        .map(
            v -> {
              TokenKeyVersion row = versions.find(v).orElse(new TokenKeyVersion(v));
              return new TokenKeyStatus(
                  v,
                  live.contains(v),
                  v == active,
                  tokens.getOrDefault(v, 0L),
                  row.rotationStartedAt().orElse(null),
                  row.rotationCompletedAt().orElse(null),
                  row.destroyedAt().orElse(null));
            })
        .toList();
  }

  /**
   * Starts re-tokenizing every token under an older version with the active version's keys.
   *
   * @return the active version, which the tokens move to
   * @throws TokenKeyChangeRefusedException if this instance holds no newer version than the tokens'
   * @throws io.tellerline.identity.application.StaffStepUpRequiredException if the officer's
   *     authentication is too weak or too old
   */
  public int startRotation(Caller officer) {
    int active = protection.tokenKeyVersion();
    PolicyDecision decision =
        stepUp.require(
            ACTION, officer, refused -> refused(officer, "START_ROTATION", active, refused));
    Map<Integer, Long> tokens = versions.tokensByVersion();
    long older =
        tokens.entrySet().stream()
            .filter(e -> e.getKey() < active)
            .mapToLong(Map.Entry::getValue)
            .sum();
    if (active == 1 && older == 0) {
      throw new TokenKeyChangeRefusedException(Reason.NO_NEWER_KEY, active);
    }
    Instant now = clock.instant();
    boolean started = versions.lock(active).startRotation(officer.username(), now);
    audit
        .staffAction(AuditEventType.TOKEN_KEY_ROTATION_STARTED)
        .withAll(StaffAuditFields.of(officer, decision))
        .with("toVersion", active)
        .with("tokensToRetokenize", older)
        .with("result", started ? "STARTED" : "ALREADY_RUNNING")
        .record();
    return active;
  }

  /**
   * Destroys an older version once no kept value's token is under it; this instance drops it at
   * once, the others within {@link PersonalDataProtection#DESTROYED_CHECK}.
   *
   * @throws TokenKeyChangeRefusedException if it is the active version, still in use, destroyed
   *     already or unknown
   * @throws io.tellerline.identity.application.StaffStepUpRequiredException if the officer's
   *     authentication is too weak or too old
   */
  public void destroy(Caller officer, int version) {
    PolicyDecision decision =
        stepUp.require(ACTION, officer, refused -> refused(officer, "DESTROY", version, refused));
    int active = protection.tokenKeyVersion();
    if (version == active) {
      throw new TokenKeyChangeRefusedException(Reason.ACTIVE_KEY, version);
    }
    boolean known =
        masterKeys.tokenizationVersions().containsKey(version)
            || versions.find(version).isPresent()
            || versions.tokensByVersion().containsKey(version);
    if (!known || version > active) {
      throw new TokenKeyChangeRefusedException(Reason.UNKNOWN_VERSION, version);
    }
    TokenKeyVersion row = versions.lock(version);
    if (row.destroyed()) {
      throw new TokenKeyChangeRefusedException(Reason.ALREADY_DESTROYED, version);
    }
    long inUse = versions.tokensByVersion().getOrDefault(version, 0L);
    if (inUse > 0) {
      throw new TokenKeyChangeRefusedException(Reason.STILL_IN_USE, version);
    }
    row.destroy(officer.username(), clock.instant());
    protection.forget(version);
    audit
        .staffAction(AuditEventType.TOKEN_KEY_DESTROYED)
        .withAll(StaffAuditFields.of(officer, decision))
        .with("version", version)
        .with("activeVersion", active)
        .with("result", "DESTROYED")
        .record();
  }

  private void refused(Caller officer, String operation, int version, PolicyDecision decision) {
    audit
        .staffAction(
            operation.equals("DESTROY")
                ? AuditEventType.TOKEN_KEY_DESTROYED
                : AuditEventType.TOKEN_KEY_ROTATION_STARTED)
        .withAll(StaffAuditFields.of(officer, decision))
        .with("version", version)
        .with("result", "STEP_UP_REQUIRED")
        .record();
  }
}
