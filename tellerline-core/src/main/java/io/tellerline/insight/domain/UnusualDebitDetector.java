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
 * A payment of the last 30 days far from her own history. Rule 2, against her payments before those
 * 30 days (at least 20, reaching back at least 60 days more).
 *
 * <p>It compares a payment with her own large purchases, not with her everyday ones: a customer who
 * bought a 900 sofa in the summer is not surprised by a 700 television in December, and seasonal
 * shopping at new shops stays below what she has spent before. So a payment is unusual only when it
 * is at least {@value #ABOVE_LARGEST_PERCENT} % of the largest one-off payment she made before, and
 * at least 3 times the 95th percentile of her one-off payments, and at least 150; at a merchant she
 * has paid before, also at least 8 times her median there.
 *
 * <p>A one-off payment is any payment except her regular bills: the usual payments to a {@link
 * SteadyPayee} (rent, subscriptions, premiums, instalments). Collections under a SEPA mandate the
 * bank knows are never reported: their size is set by a contract she signed (an annual premium, a
 * yearly settlement), and she can have any of them refunded for eight weeks without giving a
 * reason. A first collection under a mandate she never paid before would be worth pointing out too;
 * that is another finding, not built. Her own transfers are not payments.
 */
public final class UnusualDebitDetector implements InsightDetector {

  static final String RULE = "unusual-debit/2";
  private static final int WINDOW_DAYS = 30;
  private static final int BASELINE_DAYS = 60;
  private static final int BASELINE_CHARGES = 20;
  private static final BigDecimal FLOOR = new BigDecimal("150");
  private static final int ABOVE_LARGEST_PERCENT = 150;
  private static final BigDecimal ABOVE_LARGEST = BigDecimal.valueOf(ABOVE_LARGEST_PERCENT, 2);
  private static final BigDecimal ABOVE_PERCENTILE = new BigDecimal("3");
  private static final BigDecimal KNOWN_MERCHANT_TIMES = new BigDecimal("8");

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
    Map<String, List<BigDecimal>> atMerchant = new HashMap<>();
    for (Transaction charge : baseline) {
      atMerchant
          .computeIfAbsent(AccountHistory.merchantKey(charge), k -> new ArrayList<>())
          .add(AccountHistory.size(charge));
    }
    List<SteadyPayee> bills = SteadyPayee.in(baseline);
    List<BigDecimal> oneOffs =
        baseline.stream()
            .filter(c -> bills.stream().noneMatch(b -> b.isUsualPayment(c)))
            .map(AccountHistory::size)
            .toList();
    BigDecimal largest = oneOffs.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    BigDecimal percentile95 = oneOffs.isEmpty() ? BigDecimal.ZERO : percentile(oneOffs, 95);
    BigDecimal bar =
        max(FLOOR, percentile95.multiply(ABOVE_PERCENTILE), largest.multiply(ABOVE_LARGEST));
    List<Insight> found = new ArrayList<>();
    for (Transaction charge : recent) {
      BigDecimal size = AccountHistory.size(charge);
      if (charge.origin().mandate().isPresent() || size.compareTo(bar) < 0) {
        continue;
      }
      List<BigDecimal> there =
          atMerchant.getOrDefault(AccountHistory.merchantKey(charge), List.of());
      if (there.isEmpty()) {
        String reason =
            largest.signum() == 0 ? "unusual-debit.first-purchase" : "unusual-debit.new-merchant";
        found.add(insight(history, charge, reason, largest));
      } else {
        BigDecimal median = percentile(there, 50);
        if (size.compareTo(median.multiply(KNOWN_MERCHANT_TIMES)) >= 0) {
          found.add(insight(history, charge, "unusual-debit.known-merchant", median));
        }
      }
    }
    return found;
  }

  private static BigDecimal max(BigDecimal... values) {
    BigDecimal max = values[0];
    for (BigDecimal value : values) {
      max = max.max(value);
    }
    return max;
  }

  /** The nearest-rank percentile of the sizes. */
  static BigDecimal percentile(List<BigDecimal> sizes, int percent) {
    List<BigDecimal> sorted = sizes.stream().sorted().toList();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static Insight insight(
      AccountHistory history, Transaction charge, String reason, BigDecimal usual) {
    return Insight.of(
        InsightKind.UNUSUAL_DEBIT,
        RULE,
        List.of(
            history.accountLast4(),
            AccountHistory.merchantKey(charge),
            charge.bookedOn(),
            AccountHistory.size(charge)),
        reason,
        List.of(
            charge.counterparty(),
            AccountHistory.paid(charge),
            charge.bookedOn(),
            new Money(usual, charge.amount().currency())));
  }
}
