package io.tellerline.identity.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import jakarta.ejb.ApplicationException;

/**
 * A member of staff asked for a conversation or customer outside her need-to-know. No rollback: the
 * audit record of the refusal commits.
 */
@ApplicationException(rollback = false)
public class StaffAccessDeniedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public StaffAccessDeniedException() {
    this("access.denied");
  }

  protected StaffAccessDeniedException(String messageKey) {
    super(FailureKind.NOT_PERMITTED, "access-denied", messageKey);
  }
}
