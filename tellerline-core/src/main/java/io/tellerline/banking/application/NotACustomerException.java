package io.tellerline.banking.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/** The authenticated caller is not linked to any bank customer. */
public class NotACustomerException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotACustomerException() {
    super(FailureKind.NOT_PERMITTED, "not-a-customer", "banking.not_a_customer");
  }
}
