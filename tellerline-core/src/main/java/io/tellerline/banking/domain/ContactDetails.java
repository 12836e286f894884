package io.tellerline.banking.domain;

import io.tellerline.kernel.CustomerId;

/**
 * Port to the core-banking system's record of the customer's contacts. Scoped to one customer;
 * callers verify the new contact (a one-time code sent to it) and enforce step-up first.
 */
public interface ContactDetails {

  /**
   * Records a verified e-mail address or phone number as the customer's contact on that channel.
   *
   * @param value the contact as the customer gave it, already checked for its channel's form
   * @return false when there is no such customer (nothing is changed)
   */
  boolean change(CustomerId customer, ContactChannel channel, String value);
}
