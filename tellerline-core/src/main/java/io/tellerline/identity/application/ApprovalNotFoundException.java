package io.tellerline.identity.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/** No four-eyes request of this kind with this id. */
public class ApprovalNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ApprovalNotFoundException() {
    super(FailureKind.NOT_FOUND, "approval-not-found", "approval.not_found");
  }
}
