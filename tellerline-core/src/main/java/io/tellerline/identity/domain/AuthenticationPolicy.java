package io.tellerline.identity.domain;

import io.tellerline.kernel.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which authentication each action needs (intents and staff actions alike). It is data: loaded from
 * a versioned file that compliance reviews, so the rules live in one place instead of in scattered
 * checks. Tellerline applies it itself on every request and never relies on the identity provider
 * having enforced it.
 *
 * <p>An action the policy does not name gets {@link #UNLISTED}, the strictest rule: deny unless the
 * policy allows.
 */
public final class AuthenticationPolicy {

  /**
   * The action every customer request is checked against before anything else: the policy's minimum
   * (a request whose token falls short is refused, whatever it asks for).
   */
  public static final String CUSTOMER_REQUEST = "customer.request";

  /**
   * How far in the future an {@code auth_time} may lie, for clocks that differ a little (the same
   * tolerance the token verifier allows for expiry). Further ahead is implausible and refused.
   */
  public static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(30);

  /** The rule for actions the policy file does not list. */
  public static final AuthenticationRequirement UNLISTED =
      AuthenticationRequirement.of(AuthenticationLevel.MFA, Duration.ofMinutes(5));

  private final String version;
  private final Map<String, AuthenticationRequirement> rules;

  public AuthenticationPolicy(String version, Map<String, AuthenticationRequirement> rules) {
    this.version = Objects.requireNonNull(version, "version");
    this.rules = Map.copyOf(rules);
  }

  public String version() {
    return version;
  }

  public Set<String> actions() {
    return rules.keySet();
  }

  public AuthenticationRequirement requirementFor(String action) {
    return rules.getOrDefault(action, UNLISTED);
  }

  public PolicyDecision decide(String action, Caller caller, Instant now) {
    AuthenticationRequirement required = requirementFor(action);
    AuthenticationLevel seen = AuthenticationLevel.fromAcr(caller.authenticationLevel());
    if (!seen.satisfies(required.level())) {
      return stepUp(
          action,
          required,
          "authentication level " + seen.acrValue() + " is below " + required.level().acrValue());
    }
    if (caller.authenticatedAt().isPresent()
        && caller.authenticatedAt().get().isAfter(now.plus(CLOCK_TOLERANCE))) {
      return stepUp(action, required, "the token says the caller authenticated in the future");
    }
    if (required.maxAge().isPresent()) {
      Duration maxAge = required.maxAge().get();
      if (caller.authenticatedAt().isEmpty()) {
        return stepUp(action, required, "the token does not say when the caller authenticated");
      }
      // Within the tolerance a slightly future auth_time counts as "just now", never as negative.
      Duration age = Duration.between(caller.authenticatedAt().get(), now);
      age = age.isNegative() ? Duration.ZERO : age;
      if (age.compareTo(maxAge) > 0) {
        return stepUp(
            action,
            required,
            "authenticated "
                + age.toSeconds()
                + " s ago, the policy allows "
                + maxAge.toSeconds()
                + " s");
      }
    }
    return new PolicyDecision(
        action, PolicyDecision.Verdict.ALLOWED, required, "requirement met", version);
  }

  private PolicyDecision stepUp(String action, AuthenticationRequirement required, String reason) {
    return new PolicyDecision(
        action, PolicyDecision.Verdict.STEP_UP_REQUIRED, required, reason, version);
  }
}
