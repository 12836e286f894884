package io.tellerline.identity.application;

import io.tellerline.identity.domain.PolicyDecision;
import jakarta.ejb.ApplicationException;

/**
 * A staff member must confirm their identity (step-up) before this action. No rollback: the audit
 * record of the refusal commits.
 */
@ApplicationException(rollback = false)
public class StaffStepUpRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient PolicyDecision decision;

  public StaffStepUpRequiredException(PolicyDecision decision) {
    super("step-up required for " + decision.action() + ": " + decision.reason());
    this.decision = decision;
  }

  public PolicyDecision decision() {
    return decision;
  }
}
