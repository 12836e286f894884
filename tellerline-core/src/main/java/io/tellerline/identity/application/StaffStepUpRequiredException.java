package io.tellerline.identity.application;

import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import jakarta.ejb.ApplicationException;

/**
 * A staff member must confirm their identity (step-up) before this action. No rollback: the audit
 * record of the refusal commits.
 */
@ApplicationException(rollback = false)
public class StaffStepUpRequiredException extends BusinessException {

  private static final long serialVersionUID = 1L;
  private final transient PolicyDecision decision;

  public StaffStepUpRequiredException(PolicyDecision decision) {
    super(FailureKind.STEP_UP_REQUIRED, "step-up-required", "identity.step_up_required");
    this.decision = decision;
  }

  /** What the policy asks for (level, maximum age): where the step-up link sends the person. */
  public PolicyDecision decision() {
    return decision;
  }
}
