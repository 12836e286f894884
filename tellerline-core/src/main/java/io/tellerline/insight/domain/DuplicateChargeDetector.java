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
 * The same merchant charging the same amount twice on one day or two days in a row, in the last 30
 * days. Rule 1: only amounts of at least 10 (two coffees are two coffees), and not where such pairs
 * are her habit (two or more earlier pairs at the same merchant and amount: the bus fare there and
 * back).
 */
public final class DuplicateChargeDetector implements InsightDetector {

  static final String RULE = "duplicate-charge/1";
  private static final int WINDOW_DAYS = 30;
  private static final BigDecimal SMALLEST = new BigDecimal("10");
  private static final int HABIT = 2;

  @Override
  public InsightKind kind() {
    return InsightKind.DUPLICATE_CHARGE;
  }

  @Override
  public String ruleVersion() {
    return RULE;
  }

  @Override
  public List<Insight> detect(AccountHistory history) {
    Map<String, List<Transaction>> sameCharge = new LinkedHashMap<>();
    for (Transaction charge : history.charges()) {
      if (AccountHistory.size(charge).compareTo(SMALLEST) >= 0) {
        sameCharge
            .computeIfAbsent(
                AccountHistory.merchantKey(charge) + "|" + AccountHistory.size(charge),
                k -> new ArrayList<>())
            .add(charge);
      }
    }
    LocalDate windowStart = history.today().minusDays(WINDOW_DAYS - 1L);
    List<Insight> found = new ArrayList<>();
    for (List<Transaction> charges : sameCharge.values()) {
      List<Transaction[]> pairs = pairs(charges);
      List<Transaction[]> recent =
          pairs.stream().filter(p -> !p[1].bookedOn().isBefore(windowStart)).toList();
      if (pairs.size() - recent.size() >= HABIT) {
        continue;
      }
      recent.forEach(pair -> found.add(insight(history, pair[0], pair[1])));
    }
    return found;
  }

  /** Consecutive charges at most a day apart, each charge in one pair at most. */
  private static List<Transaction[]> pairs(List<Transaction> charges) {
    List<Transaction[]> pairs = new ArrayList<>();
    for (int i = 1; i < charges.size(); i++) {
      Transaction first = charges.get(i - 1);
      Transaction second = charges.get(i);
      if (ChronoUnit.DAYS.between(first.bookedOn(), second.bookedOn()) <= 1) {
        pairs.add(new Transaction[] {first, second});
        i++;
      }
    }
    return pairs;
  }

  private static Insight insight(AccountHistory history, Transaction first, Transaction second) {
    boolean sameDay = first.bookedOn().equals(second.bookedOn());
    return Insight.of(
        InsightKind.DUPLICATE_CHARGE,
        RULE,
        List.of(
            history.accountLast4(),
            AccountHistory.merchantKey(second),
            AccountHistory.size(second),
            second.bookedOn()),
        sameDay ? "duplicate-charge.same-day" : "duplicate-charge.next-day",
        List.of(
            second.counterparty(),
            AccountHistory.paid(second),
            first.bookedOn(),
            second.bookedOn()));
  }
}
