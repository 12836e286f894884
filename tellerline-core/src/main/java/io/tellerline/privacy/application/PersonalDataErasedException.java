package io.tellerline.privacy.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import jakarta.ejb.ApplicationException;

/**
 * The customer's data key was destroyed (erasure): the original can no longer be read by anyone. No
 * rollback: the audit record of the refused reveal commits.
 */
@ApplicationException(rollback = false)
public class PersonalDataErasedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public PersonalDataErasedException() {
    super(FailureKind.GONE, "personal-data-erased", "privacy.erased");
  }
}
