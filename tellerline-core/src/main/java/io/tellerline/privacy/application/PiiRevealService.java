package io.tellerline.privacy.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.identity.application.StaffAccess;
import io.tellerline.identity.application.StaffAuditFields;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.identity.application.StepUpGuard;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.identity.domain.StaffResource;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.privacy.domain.DataKey;
import io.tellerline.privacy.domain.DataKeys;
import io.tellerline.privacy.domain.ProtectedValue;
import io.tellerline.privacy.domain.ProtectedValues;
import io.tellerline.privacy.domain.RevealGrant;
import io.tellerline.privacy.domain.StaffReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff see personal data masked. A teller or supervisor may reveal one value of one conversation,
 * giving a reason, after their own recent multi-factor authentication (policy action {@value
 * #ACTION}); the reveal lasts a limited time and is audited, as is every refusal.
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class PiiRevealService {

  static final String ACTION = "staff.reveal_pii";

  @Inject ProtectedValues values;
  @Inject DataKeys dataKeys;
  @Inject PersonalDataProtection protection;
  @Inject StepUpGuard stepUp;
  @Inject Audit audit;
  @Inject StaffAccess access;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tellerline.privacy.reveal-duration", defaultValue = "PT5M")
  Duration revealDuration;

  /** The protected values of a conversation, masked (for whoever may see the conversation). */
  public List<MaskedValue> valuesOf(UUID conversationId) {
    access.toConversation(StaffResource.CONVERSATION_VIEW, conversationId);
    return values.ofConversation(conversationId).stream().map(MaskedValue::of).toList();
  }

  /**
   * Decrypts one value for the staff member, for {@code tellerline.privacy.reveal-duration}.
   *
   * @param conversationId the conversation the staff member is looking at; the value must be in it
   * @throws InvalidInputException if the reason is missing, too short or too long
   * @throws io.tellerline.identity.application.StaffAccessDeniedException unless she may reveal
   *     values of this conversation (a teller: one she serves)
   * @throws ProtectedValueNotFoundException if the value is not one of this conversation
   * @throws StaffStepUpRequiredException if the staff member's authentication is too weak or old
   * @throws PersonalDataErasedException if the customer's data key was destroyed
   */
  public RevealedValue reveal(Caller staff, UUID conversationId, UUID valueId, String reason) {
    String checkedReason = StaffReason.of(reason);
    access.toConversation(StaffResource.PII_REVEAL, conversationId);
    ProtectedValue value =
        values
            .find(valueId)
            .filter(v -> v.conversationId().equals(conversationId))
            .orElseThrow(() -> new ProtectedValueNotFoundException(valueId));
    String safeReason = protection.redactAbout(new CustomerId(value.customerId()), checkedReason);
    Instant now = clock.instant();
    PolicyDecision decision =
        stepUp.require(
            ACTION,
            staff,
            refused ->
                record(AuditEventType.PII_REVEAL_REFUSED, staff, value, refused, safeReason, null));
    DataKey key = dataKeys.find(value.dataKeyId()).orElse(null);
    if (key == null) {
      record(AuditEventType.PII_REVEAL_REFUSED, staff, value, decision, safeReason, "ERASED");
      throw new PersonalDataErasedException();
    }
    RevealGrant grant =
        new RevealGrant(
            value.id(), staff.subject(), staff.username(), safeReason, now, revealDuration);
    values.record(grant);
    record(
        AuditEventType.PII_REVEALED,
        staff,
        value,
        decision,
        safeReason,
        grant.expiresAt().toString());
    String original = PersonalDataProtection.open(key, value);
    return new RevealedValue(value.id(), value.type(), original, grant.expiresAt());
  }

  private void record(
      AuditEventType type,
      Caller staff,
      ProtectedValue value,
      PolicyDecision decision,
      String reason,
      String detail) {
    JsonObjectBuilder payload =
        StaffAuditFields.of(staff, decision)
            .add("valueId", value.id().toString())
            .add("messageId", value.messageId().toString())
            .add("customer", value.customerId().toString())
            .add("piiType", value.type().name())
            .add("reason", reason);
    if (detail != null) {
      payload.add(type == AuditEventType.PII_REVEALED ? "expiresAt" : "refusal", detail);
    }
    audit.staffAction(type).inConversation(value.conversationId()).withAll(payload).record();
  }
}
