package io.tellerline.insight.domain;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A charge of the last 14 days far from her history. Rule 1, against her charges before those 14
 * days (at least 20, reaching back at least 60 days more): at a merchant she has paid fewer than
 * three times, at least 3 times her 95th-percentile charge; at a merchant she knows, at least 5
 * times her median there and 1.5 times her 95th percentile; never below 150 in either case. Her own
 * transfers are not charges.
 */
public final class UnusualDebitDetector implements InsightDetector {

  static final String RULE = "unusual-debit/1";
  private static final int WINDOW_DAYS = 14;
  private static final int BASELINE_DAYS = 60;
  private static final int BASELINE_CHARGES = 20;
  private static final BigDecimal FLOOR = new BigDecimal("150");
  private static final BigDecimal NEW_MERCHANT_TIMES = new BigDecimal("3");
  private static final BigDecimal KNOWN_MERCHANT_TIMES = new BigDecimal("8");
  private static final BigDecimal KNOWN_PERCENTILE_TIMES = new BigDecimal("1.5");
  private static final int KNOWN = 3;

  @Override
  public InsightKind kind() {
    return InsightKind.UNUSUAL_DEBIT;
  }

  @Override
  public String ruleVersion() {
    return RULE;
  }

  @Override
  public List<Insight> detect(AccountHistory history) {
    LocalDate windowStart = history.today().minusDays(WINDOW_DAYS - 1L);
    List<Transaction> baseline = new ArrayList<>();
    List<Transaction> recent = new ArrayList<>();
    for (Transaction charge : history.charges()) {
      (charge.bookedOn().isBefore(windowStart) ? baseline : recent).add(charge);
    }
    if (baseline.size() < BASELINE_CHARGES
        || baseline.get(0).bookedOn().isAfter(windowStart.minusDays(BASELINE_DAYS))) {
      return List.of();
    }
    BigDecimal p95 = percentile95(baseline.stream().map(AccountHistory::size).toList());
    Map<String, List<BigDecimal>> atMerchant = new HashMap<>();
    for (Transaction charge : baseline) {
      atMerchant
          .computeIfAbsent(AccountHistory.merchantKey(charge), k -> new ArrayList<>())
          .add(AccountHistory.size(charge));
    }
    List<Insight> found = new ArrayList<>();
    for (Transaction charge : recent) {
      List<BigDecimal> there =
          atMerchant.getOrDefault(AccountHistory.merchantKey(charge), List.of());
      BigDecimal size = AccountHistory.size(charge);
      Money p95Money = new Money(p95, charge.amount().currency());
      if (there.size() < KNOWN) {
        if (atLeast(size, FLOOR, p95.multiply(NEW_MERCHANT_TIMES))) {
          found.add(insight(history, charge, "unusual-debit.new-merchant", p95Money));
        }
      } else {
        BigDecimal median = percentile(there, 50);
        if (atLeast(
            size,
            FLOOR,
            median.multiply(KNOWN_MERCHANT_TIMES),
            p95.multiply(KNOWN_PERCENTILE_TIMES))) {
          found.add(
              insight(
                  history,
                  charge,
                  "unusual-debit.known-merchant",
                  new Money(median, charge.amount().currency())));
        }
      }
    }
    return found;
  }

  private static boolean atLeast(BigDecimal size, BigDecimal... bounds) {
    for (BigDecimal bound : bounds) {
      if (size.compareTo(bound) < 0) {
        return false;
      }
    }
    return true;
  }

  static BigDecimal percentile95(List<BigDecimal> sizes) {
    return percentile(sizes, 95);
  }

  /** The nearest-rank percentile of the sizes. */
  static BigDecimal percentile(List<BigDecimal> sizes, int percent) {
    List<BigDecimal> sorted = sizes.stream().sorted().toList();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static Insight insight(
      AccountHistory history, Transaction charge, String reason, Money usual) {
    return Insight.of(
        InsightKind.UNUSUAL_DEBIT,
        RULE,
        List.of(
            history.accountLast4(),
            AccountHistory.merchantKey(charge),
            charge.bookedOn(),
            AccountHistory.size(charge)),
        reason,
        List.of(charge.counterparty(), AccountHistory.paid(charge), charge.bookedOn(), usual));
  }
}
