package io.tellerline.banking.domain;

import io.tellerline.kernel.CustomerId;
import java.util.List;
import java.util.UUID;

/**
 * Port to the core-banking system's direct-debit mandates. Every method is scoped to one customer:
 * an adapter must never return or change another customer's mandates. Callers enforce step-up
 * first.
 */
public interface DirectDebits {

  /** The customer's active mandates, by creditor name: the order the chat lists. */
  List<DirectDebit> of(CustomerId customer);

  /** Cancels one of the customer's mandates: the bank refuses further debits under it. */
  Cancellation cancel(CustomerId customer, UUID mandateId);
}
