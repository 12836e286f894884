package io.tellerline.banking.domain;

import java.util.List;
import java.util.UUID;

/**
 * Port to the bank's core-banking system. Tellerline ships a demo adapter on its own database; a
 * bank plugs in an adapter to its real core system here. Every method is scoped to one customer: an
 * adapter must never return or change another customer's data.
 */
public interface CoreBanking {

  /** The customer's accounts with current balances, in a stable order. */
  List<AccountSummary> accountsOf(CustomerId customer);

  /** The customer's full account numbers (sensitive: callers enforce the policy first). */
  List<AccountNumber> accountNumbersOf(CustomerId customer);

  /** The customer's cards, in a stable order. */
  List<CardSummary> cardsOf(CustomerId customer);

  /**
   * Sets a card's status.
   *
   * @return false when the customer holds no such card (nothing is changed)
   */
  boolean changeCardStatus(CustomerId customer, UUID cardId, CardStatus status);
}
