package io.tellerline.banking.domain;

import io.tellerline.kernel.CustomerId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
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

  /**
   * The customer's transactions in the query's date range (at most {@code limit}, newest first);
   * the adapter may filter by the other criteria itself, callers apply {@link
   * TransactionQuery#matches} anyway.
   */
  List<Transaction> transactionsOf(CustomerId customer, TransactionQuery query, int limit);

  /** The distinct counterparties of the customer's transactions, to recognise merchants in text. */
  List<String> counterpartiesOf(CustomerId customer);

  /** The payees the customer saved, by name. */
  List<Payee> payeesOf(CustomerId customer);

  /**
   * Sends money from the customer's first account in the amount's currency to a saved payee:
   * today's transfers are booked at once, later ones are scheduled. Callers enforce step-up and
   * exactly-once first.
   */
  TransferOutcome transfer(
      CustomerId customer, UUID payeeId, Money amount, LocalDate executeOn, String reference);

  /** The customer's cards, in a stable order. */
  List<CardSummary> cardsOf(CustomerId customer);

  /**
   * Sets a card's status.
   *
   * @return false when the customer holds no such card (nothing is changed)
   */
  boolean changeCardStatus(CustomerId customer, UUID cardId, CardStatus status);

  /**
   * Records the customer's new postal address.
   *
   * @return false when there is no such customer (nothing is changed)
   */
  boolean changeAddress(CustomerId customer, PostalAddress address);

  /** The months from {@code from} to {@code to} in which the customer's accounts had bookings. */
  List<Statement> statementsOf(CustomerId customer, YearMonth from, YearMonth to);

  /** One account's statement for a month; empty unless the customer holds that account. */
  Optional<StatementDocument> statement(CustomerId customer, UUID accountId, YearMonth month);
}
