package io.tellerline.console;

import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.AuthenticationRequirement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;

/** The effective authentication policy (file plus configured overrides), for compliance review. */
@Named
@RequestScoped
public class AuthenticationPolicyBean {

  /** One rule as shown: the action, the level and the maximum age ("–" when none). */
  public record Rule(String action, String requiredAcr, String maxAge) {}

  @Inject AuthenticationPolicy policy;

  public String getVersion() {
    return policy.version();
  }

  public List<Rule> getRules() {
    return policy.actions().stream()
        .sorted()
        .map(action -> rule(action, policy.requirementFor(action)))
        .toList();
  }

  public String getUnlisted() {
    return describe(AuthenticationPolicy.UNLISTED);
  }

  private static Rule rule(String action, AuthenticationRequirement requirement) {
    return new Rule(
        action,
        requirement.level().acrValue(),
        requirement.maxAge().map(AuthenticationPolicyBean::minutes).orElse("–"));
  }

  private static String describe(AuthenticationRequirement requirement) {
    return requirement.level().acrValue()
        + requirement.maxAge().map(age -> " within " + minutes(age)).orElse("");
  }

  private static String minutes(Duration age) {
    return age.toSeconds() % 60 == 0 ? age.toMinutes() + " min" : age.toSeconds() + " s";
  }
}
