package io.tellerline.identity.domain;

import io.tellerline.kernel.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * PSD2 RTS Art. 10 (as amended by Delegated Regulation 2022/2360): a customer may see her balance
 * and the last 90 days of transactions without strong customer authentication only if she
 * authenticated strongly at least once in the last 180 days. Tellerline serves account information
 * at password level (the policy's {@code customer.request} minimum) on that exemption; when it no
 * longer holds, every request asks for the second factor again.
 */
public final class PeriodicStrongAuthentication {

  /** The longest time between two strong authentications under the exemption. */
  public static final Duration RENEWAL = Duration.ofDays(180);

  /** The decision's action name in the audit trail and in challenges. */
  public static final String ACTION = "customer.periodic_strong_authentication";

  private static final AuthenticationRequirement REQUIRED =
      AuthenticationRequirement.of(AuthenticationLevel.MFA, null);

  private PeriodicStrongAuthentication() {}

  /** Whether this request proves strong authentication itself (a token at {@code mfa}). */
  public static boolean isStrong(Caller caller) {
    return AuthenticationLevel.fromAcr(caller.authenticationLevel()) == AuthenticationLevel.MFA;
  }

  /**
   * @param lastStrong when the customer last authenticated strongly, as recorded; empty if never
   */
  public static PolicyDecision decide(
      Caller caller, Optional<Instant> lastStrong, Instant now, String policyVersion) {
    if (isStrong(caller)) {
      return verdict(PolicyDecision.Verdict.ALLOWED, "strong authentication now", policyVersion);
    }
    if (lastStrong.isPresent() && !lastStrong.get().plus(RENEWAL).isBefore(now)) {
      return verdict(
          PolicyDecision.Verdict.ALLOWED,
          "strong authentication within " + RENEWAL.toDays() + " days",
          policyVersion);
    }
    return verdict(
        PolicyDecision.Verdict.STEP_UP_REQUIRED,
        lastStrong.isEmpty()
            ? "no strong authentication recorded yet"
            : "no strong authentication in the last " + RENEWAL.toDays() + " days",
        policyVersion);
  }

  private static PolicyDecision verdict(
      PolicyDecision.Verdict verdict, String reason, String policyVersion) {
    return new PolicyDecision(ACTION, verdict, REQUIRED, reason, policyVersion);
  }
}
