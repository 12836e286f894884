package io.tellerline.identity.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/** Staff named a customer the bank does not know (or whose login is not linked). */
public class CustomerNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public CustomerNotFoundException() {
    super(FailureKind.NOT_FOUND, "customer-not-found", "identity.customer_not_found");
  }
}
