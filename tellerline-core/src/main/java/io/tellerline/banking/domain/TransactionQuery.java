package io.tellerline.banking.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which transactions a customer asks about: a date range (inclusive), and optionally a counterparty
 * (merchant), a category, a minimum absolute amount, and payments only.
 */
public record TransactionQuery(
    LocalDate from,
    LocalDate to,
    Optional<String> counterparty,
    Optional<String> category,
    Optional<BigDecimal> minimumAmount,
    boolean paymentsOnly) {

  public TransactionQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the range ends before it starts");
    }
    counterparty = Objects.requireNonNullElse(counterparty, Optional.empty());
    category = Objects.requireNonNullElse(category, Optional.empty());
    minimumAmount = Objects.requireNonNullElse(minimumAmount, Optional.empty());
  }

  /**
   * The same query, starting no earlier than {@code earliest}; empty when the whole range lies
   * before it.
   */
  public Optional<TransactionQuery> notBefore(LocalDate earliest) {
    if (to.isBefore(earliest)) {
      return Optional.empty();
    }
    LocalDate start = from.isBefore(earliest) ? earliest : from;
    return Optional.of(
        new TransactionQuery(start, to, counterparty, category, minimumAmount, paymentsOnly));
  }

  public boolean matches(Transaction transaction) {
    return !transaction.bookedOn().isBefore(from)
        && !transaction.bookedOn().isAfter(to)
        && counterparty.map(c -> c.equalsIgnoreCase(transaction.counterparty())).orElse(true)
        && category.map(c -> c.equals(transaction.category())).orElse(true)
        && minimumAmount
            .map(min -> transaction.amount().amount().abs().compareTo(min) >= 0)
            .orElse(true)
        && (!paymentsOnly || transaction.amount().isNegative());
  }
}
