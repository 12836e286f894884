package io.tellerline.insight.domain;

import io.tellerline.banking.domain.BookingOrigin;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A small account history written by hand for the detectors' tests. */
final class Histories {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  final List<Transaction> bookings = new ArrayList<>();

  Histories book(LocalDate day, String amount, String counterparty, String category) {
    bookings.add(new Transaction(day, Money.of(amount, "EUR"), counterparty, category, "3000"));
    return this;
  }

  /** A card payment authorised at {@code time} on its booking day under {@code reference}. */
  Histories card(LocalDate day, String time, String reference, String amount, String counterparty) {
    LocalDateTime at = time == null ? null : day.atTime(LocalTime.parse(time));
    bookings.add(
        new Transaction(
            day,
            Money.of(amount, "EUR"),
            counterparty,
            "shopping",
            "3000",
            BookingOrigin.card(at, reference)));
    return this;
  }

  /** A direct debit collected under the mandate {@code mandate}. */
  Histories debit(LocalDate day, String mandate, String amount, String counterparty) {
    bookings.add(
        new Transaction(
            day,
            Money.of(amount, "EUR"),
            counterparty,
            "subscription",
            "3000",
            BookingOrigin.directDebit(mandate)));
    return this;
  }

  /** Groceries every day for 180 days, between 20 and 79 euros. */
  Histories everyday() {
    for (int d = 1; d <= 180; d++) {
      book(
          TODAY.minusDays(d),
          "-" + (20 + (d * 37) % 60) + ".40",
          d % 2 == 0 ? "REWE" : "Lidl",
          "groceries");
    }
    return this;
  }

  /** A monthly booking on the given day of month for the last {@code months} months. */
  Histories monthly(
      int months, int dayOfMonth, String amount, String counterparty, String category) {
    for (int m = months; m >= 1; m--) {
      LocalDate month = TODAY.minusMonths(m);
      book(month.withDayOfMonth(dayOfMonth), amount, counterparty, category);
    }
    return this;
  }

  AccountHistory withBalance(String balance) {
    return new AccountHistory("3000", Money.of(balance, "EUR"), TODAY, bookings);
  }
}
