package io.tellerline.banking.domain;

import io.tellerline.kernel.CustomerId;
import java.util.List;
import java.util.UUID;

/**
 * Port to the core-banking system's card limits. Every method is scoped to one customer: an adapter
 * never reads or changes a card the customer does not hold.
 */
public interface CardLimits {

  /** The card's daily limits with their ranges; empty when the customer holds no such card. */
  List<CardLimit> limitsOf(CustomerId customer, UUID cardId);

  /**
   * Sets one daily limit of the card, only within the product's range; records the change once.
   * Callers enforce step-up and exactly-once first.
   */
  CardLimitChange change(CustomerId customer, UUID cardId, CardLimitType type, Money amount);
}
