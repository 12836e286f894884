package io.tellerline.insight.domain;

import io.tellerline.banking.domain.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bookings with one counterparty that recur about monthly: at least three, each 25 to 36 days after
 * the one before. Salaries, rents, subscriptions and direct debits look like this; groceries do
 * not.
 */
public record MonthlySeries(String counterparty, List<Transaction> bookings) {

  static final int MINIMUM = 3;
  private static final long SHORTEST_GAP = 25;
  private static final long LONGEST_GAP = 36;

  /** The monthly series among the bookings (same sign expected), by counterparty. */
  public static List<MonthlySeries> in(List<Transaction> bookings) {
    Map<String, List<Transaction>> byCounterparty = new LinkedHashMap<>();
    for (Transaction booking : bookings) {
      byCounterparty
          .computeIfAbsent(AccountHistory.merchantKey(booking), k -> new ArrayList<>())
          .add(booking);
    }
    List<MonthlySeries> series = new ArrayList<>();
    byCounterparty.forEach(
        (key, group) -> {
          if (isMonthly(group)) {
            series.add(new MonthlySeries(group.get(0).counterparty(), List.copyOf(group)));
          }
        });
    return series;
  }

  /** True when the bookings, oldest first, are at least three and about a month apart. */
  public static boolean isMonthly(List<Transaction> group) {
    if (group.size() < MINIMUM) {
      return false;
    }
    for (int i = 1; i < group.size(); i++) {
      long gap = ChronoUnit.DAYS.between(group.get(i - 1).bookedOn(), group.get(i).bookedOn());
      if (gap < SHORTEST_GAP || gap > LONGEST_GAP) {
        return false;
      }
    }
    return true;
  }

  public Transaction latest() {
    return bookings.get(bookings.size() - 1);
  }

  public BigDecimal latestSize() {
    return AccountHistory.size(latest());
  }

  /**
   * When the next booking is due: a month after the latest; one that is due and not yet booked (a
   * weekend, a late payer) is expected tomorrow, not a month later.
   */
  public LocalDate nextAfter(LocalDate today) {
    LocalDate next = latest().bookedOn().plusMonths(1);
    return next.isAfter(today) ? next : today.plusDays(1);
  }

  /** Still running: the latest booking is no more than {@code LONGEST_GAP} days before today. */
  public boolean isRunningOn(LocalDate today) {
    return ChronoUnit.DAYS.between(latest().bookedOn(), today) <= LONGEST_GAP;
  }
}
