package io.tellerline.banking.domain;

import io.tellerline.kernel.CustomerId;
import java.util.List;
import java.util.UUID;

/**
 * Port to the core-banking system's standing orders. Every method is scoped to one customer: an
 * adapter must never return or change another customer's orders. Callers enforce step-up first.
 */
public interface StandingOrders {

  /**
   * The customer's active standing orders, by payee name, then amount: the order the chat lists.
   */
  List<StandingOrder> of(CustomerId customer);

  /**
   * Sets up a standing order from the customer's first account in the amount's currency to one of
   * the customer's saved payees. Idempotent by the order's id.
   */
  StandingOrderOutcome create(CustomerId customer, NewStandingOrder order);

  /** Cancels one of the customer's standing orders; no further payments are made. */
  Cancellation cancel(CustomerId customer, UUID standingOrderId);
}
