package io.tellerline.privacy.application;

import jakarta.ejb.ApplicationException;

/**
 * The customer's data key was destroyed (erasure): the original can no longer be read by anyone. No
 * rollback: the audit record of the refused reveal commits.
 */
@ApplicationException(rollback = false)
public class PersonalDataErasedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PersonalDataErasedException() {
    super("the customer's personal data was erased");
  }
}
