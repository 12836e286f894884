package io.tellerline.insight.domain;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A regular payment (subscription, direct debit, standing order) that has just cost more than its
 * usual amount. Rule 2: at least three earlier monthly payments of the same amount (within 0.5 %),
 * the latest one within the last 35 days, and the latest higher by at least 2 % and at least 0.50.
 * A payment that varies from month to month (an energy bill) has no usual amount and is left alone;
 * a price that falls is not a rise. Unlike rule 1, a standing order she pays a private person
 * ({@link PrivatePayee}: pocket money, maintenance) is not a price either: the third held-out
 * histories showed rule 1 reporting raised pocket money (BENCHMARKS.md).
 */
public final class PriceRiseDetector implements InsightDetector {

  static final String RULE = "price-rise/2";
  private static final int HISTORY_MONTHS = 6;
  private static final long RECENT_DAYS = 35;
  private static final BigDecimal STABLE = new BigDecimal("0.005");
  private static final BigDecimal RISE = new BigDecimal("1.02");
  private static final BigDecimal SMALLEST_RISE = new BigDecimal("0.50");

  @Override
  public InsightKind kind() {
    return InsightKind.PRICE_RISE;
  }

  @Override
  public String ruleVersion() {
    return RULE;
  }

  @Override
  public List<Insight> detect(AccountHistory history) {
    List<Insight> found = new ArrayList<>();
    for (MonthlySeries series : MonthlySeries.in(history.charges())) {
      List<Transaction> all = series.bookings();
      if (all.size() < MonthlySeries.MINIMUM + 1
          || ChronoUnit.DAYS.between(series.latest().bookedOn(), history.today()) > RECENT_DAYS
          || isToAPerson(series.latest())) {
        continue;
      }
      List<Transaction> before =
          all.subList(Math.max(0, all.size() - 1 - HISTORY_MONTHS), all.size() - 1);
      usualAmount(before)
          .filter(usual -> rose(usual, series.latestSize()))
          .ifPresent(usual -> found.add(insight(history, series, before, usual)));
    }
    return found;
  }

  /**
   * A payment she sends herself (neither collected under a mandate nor paid by card) to a private
   * person: pocket money or maintenance she raised is not a price that rose.
   */
  private static boolean isToAPerson(Transaction payment) {
    return payment.origin().isUnknown() && PrivatePayee.looksLikeAPerson(payment.counterparty());
  }

  /** The amount every earlier payment had (within 0.5 % of their smallest), if there is one. */
  static Optional<BigDecimal> usualAmount(List<Transaction> before) {
    BigDecimal smallest =
        before.stream().map(AccountHistory::size).min(BigDecimal::compareTo).get();
    BigDecimal largest = before.stream().map(AccountHistory::size).max(BigDecimal::compareTo).get();
    BigDecimal spread = largest.subtract(smallest);
    return spread.compareTo(smallest.multiply(STABLE)) <= 0
        ? Optional.of(AccountHistory.size(before.get(before.size() - 1)))
        : Optional.empty();
  }

  private static boolean rose(BigDecimal usual, BigDecimal latest) {
    return latest.compareTo(usual.multiply(RISE).setScale(2, RoundingMode.HALF_UP)) >= 0
        && latest.subtract(usual).compareTo(SMALLEST_RISE) >= 0;
  }

  private static Insight insight(
      AccountHistory history, MonthlySeries series, List<Transaction> before, BigDecimal usual) {
    Transaction latest = series.latest();
    return Insight.of(
        InsightKind.PRICE_RISE,
        RULE,
        List.of(history.accountLast4(), AccountHistory.merchantKey(latest), latest.bookedOn()),
        "price-rise",
        List.of(
            latest.counterparty(),
            AccountHistory.paid(latest),
            latest.bookedOn(),
            before.size(),
            new Money(usual, latest.amount().currency())));
  }
}
