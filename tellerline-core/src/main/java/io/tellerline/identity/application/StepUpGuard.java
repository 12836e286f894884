package io.tellerline.identity.application;

import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The one step-up check of staff actions (revealing personal data, changing a customer's login,
 * erasing a customer): the authentication policy decides; a refusal is audited by the action's own
 * record and ends the action with {@link StaffStepUpRequiredException}, which the console turns
 * into a step-up prompt and which does not roll the audit record back.
 */
@ApplicationScoped
public class StepUpGuard {

  @Inject AuthenticationPolicy policy;
  @Inject Clock clock;

  /**
   * @param action the policy's action name, e.g. {@code staff.reveal_pii}
   * @param recordRefusal writes the action's audit record of the refusal, with the decision
   * @return the decision that allowed the action, to be recorded with it
   * @throws StaffStepUpRequiredException when the staff member's authentication is too weak or old
   */
  public PolicyDecision require(
      String action, Caller staff, Consumer<PolicyDecision> recordRefusal) {
    PolicyDecision decision = policy.decide(action, staff, clock.instant());
    if (!decision.allowed()) {
      recordRefusal.accept(decision);
      throw new StaffStepUpRequiredException(decision);
    }
    return decision;
  }
}
