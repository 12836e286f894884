package io.tellerline.identity.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import jakarta.ejb.ApplicationException;

/**
 * Four eyes: the person who asked for something (or last changed it) tried to approve it herself.
 * No rollback: the audit record of the refusal commits.
 */
@ApplicationException(rollback = false)
public class SamePersonApprovalException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public SamePersonApprovalException() {
    super(FailureKind.NOT_PERMITTED, "four-eyes-same-person", "approval.same_person");
  }
}
