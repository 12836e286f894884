package io.tellerline.identity.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/** The four-eyes request was decided already, or it expired. */
public class ApprovalNotPendingException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ApprovalNotPendingException() {
    super(FailureKind.CONFLICT, "approval-not-pending", "approval.not_pending");
  }
}
