package io.tellerline.insight.bench;

import io.tellerline.banking.domain.BookingOrigin;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.insight.domain.AccountHistory;
import io.tellerline.insight.domain.InsightKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The double charges a real account sees, planted with their labels (merchant and the second
 * charge's day): an acquirer presenting one card authorisation twice (same reference, booked up to
 * three days later), a double click or terminal retry (a second authorisation seconds to a few
 * minutes later), a creditor collecting one period twice under the same mandate, and a double
 * charge at an old terminal (no authorisation data, same or next day). Also the confounders of
 * direct debits: a debit returned and collected again (not labelled).
 */
final class DuplicatePlanting {

  private static final List<String> CARD = List.of("groceries", "shopping", "eating_out", "fuel");
  private static final List<String> DEBITS = List.of("subscription", "utilities", "insurance");

  private final Random random;
  private final LocalDate today;
  private final Origins origins;
  private final List<Transaction> bookings;
  private final List<Label> labels;

  DuplicatePlanting(
      Random random,
      LocalDate today,
      Origins origins,
      List<Transaction> bookings,
      List<Label> labels) {
    this.random = random;
    this.today = today;
    this.origins = origins;
    this.bookings = bookings;
    this.labels = labels;
  }

  /** One double charge of a kind chosen at random, where her history has a charge to repeat. */
  void plant() {
    double kind = random.nextDouble();
    if (kind < 0.2) {
      List<Transaction> debits = recent(DEBITS, false);
      if (!debits.isEmpty()) {
        Transaction original = pick(debits);
        repeat(original, later(original, 1 + random.nextInt(10)), original.origin());
      }
      return;
    }
    boolean oldTerminal = kind >= 0.9;
    List<Transaction> cards = recent(CARD, oldTerminal);
    if (cards.isEmpty()) {
      return;
    }
    Transaction original = pick(cards);
    if (oldTerminal) {
      repeat(original, later(original, random.nextDouble() < 0.7 ? 0 : 1), BookingOrigin.NONE);
    } else if (kind < 0.55) {
      repeat(original, later(original, random.nextInt(4)), original.origin());
    } else {
      long seconds = random.nextDouble() < 0.8 ? 2 + random.nextInt(90) : 90 + random.nextInt(300);
      repeat(original, original.bookedOn(), origins.later(original, seconds));
    }
  }

  /** A direct debit returned (her bank gives it back) and collected again a week later. */
  void returnedAndCollectedAgain() {
    List<Transaction> debits = recent(DEBITS, false);
    if (debits.isEmpty()) {
      return;
    }
    Transaction original = pick(debits);
    BigDecimal size = AccountHistory.size(original);
    add(later(original, 2), size, original, "refund", original.origin());
    add(later(original, 7), size.negate(), original, original.category(), original.origin());
  }

  private void repeat(Transaction original, LocalDate day, BookingOrigin origin) {
    add(day, original.amount().amount(), original, original.category(), origin);
    labels.add(new Label(InsightKind.DUPLICATE_CHARGE, original.counterparty(), day));
  }

  private void add(
      LocalDate day, BigDecimal amount, Transaction like, String category, BookingOrigin origin) {
    bookings.add(
        new Transaction(
            day,
            new Money(amount, like.amount().currency()),
            like.counterparty(),
            category,
            like.accountLast4(),
            origin));
  }

  private LocalDate later(Transaction original, int days) {
    LocalDate day = original.bookedOn().plusDays(days);
    return day.isAfter(today) ? today : day;
  }

  /**
   * Charges of the last four weeks (at least 10) in the categories, with authorisation data or (for
   * {@code withoutData}) without.
   */
  private List<Transaction> recent(List<String> categories, boolean withoutData) {
    return bookings.stream()
        .filter(
            t ->
                !t.bookedOn().isAfter(today.minusDays(1))
                    && t.bookedOn().isAfter(today.minusDays(29)))
        .filter(t -> t.amount().isNegative() && categories.contains(t.category()))
        .filter(t -> AccountHistory.size(t).compareTo(BigDecimal.TEN) >= 0)
        .filter(t -> !t.counterparty().equals("Café Central"))
        .filter(t -> t.origin().isUnknown() == withoutData)
        .toList();
  }

  private Transaction pick(List<Transaction> from) {
    return from.get(random.nextInt(from.size()));
  }
}
