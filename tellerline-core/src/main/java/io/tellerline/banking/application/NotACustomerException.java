package io.tellerline.banking.application;

import jakarta.ejb.ApplicationException;

/** The authenticated caller is not linked to any bank customer. */
@ApplicationException(rollback = true)
public class NotACustomerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotACustomerException() {
    super("the caller is not linked to a bank customer");
  }
}
