package io.tellerline.identity.application;

import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/**
 * The customer's token falls short of the policy's minimum for every request (no level, or an
 * implausible authentication time): nothing is done until they sign in again.
 */
public class CustomerSignInTooWeakException extends BusinessException {

  private static final long serialVersionUID = 1L;
  private final transient PolicyDecision decision;

  public CustomerSignInTooWeakException(PolicyDecision decision) {
    super(FailureKind.STEP_UP_REQUIRED, "step-up-required", "identity.step_up_required");
    this.decision = decision;
  }

  /** What the policy asks for: where the client sends the customer to sign in. */
  public PolicyDecision decision() {
    return decision;
  }
}
