package io.tellerline.insight.domain;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One account as the detectors see it: its last four digits, its balance today and its bookings,
 * oldest first. Nothing else about the customer: no name, age, address or other attribute, so no
 * detector can use one.
 */
public record AccountHistory(
    String accountLast4, Money balance, LocalDate today, List<Transaction> bookings) {

  /** Payments the customer made herself; an unusual or duplicate "charge" is never one of these. */
  static final String OWN_TRANSFER = "transfer";

  public AccountHistory {
    Objects.requireNonNull(accountLast4, "accountLast4");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(today, "today");
    bookings =
        bookings.stream()
            .filter(t -> !t.bookedOn().isAfter(today))
            .sorted(Comparator.comparing(Transaction::bookedOn))
            .toList();
  }

  /** Debits charged to her (card payments, direct debits, standing orders), oldest first. */
  public List<Transaction> charges() {
    return bookings.stream()
        .filter(t -> t.amount().isNegative() && !OWN_TRANSFER.equals(t.category()))
        .toList();
  }

  /** Money received, oldest first. */
  public List<Transaction> credits() {
    return bookings.stream().filter(t -> t.amount().amount().signum() > 0).toList();
  }

  /** The absolute amount of a booking. */
  public static BigDecimal size(Transaction booking) {
    return booking.amount().amount().abs();
  }

  /** What a booking moved, as a positive amount. */
  public static Money paid(Transaction booking) {
    return new Money(size(booking), booking.amount().currency());
  }

  /** The counterparty as the detectors compare it (case and spacing ignored). */
  public static String merchantKey(Transaction booking) {
    return booking.counterparty().strip().toLowerCase(java.util.Locale.ROOT);
  }
}
