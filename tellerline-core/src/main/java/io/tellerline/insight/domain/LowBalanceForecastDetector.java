package io.tellerline.insight.domain;

import io.tellerline.banking.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A balance that may not last until the next regular income. Rule 2: the account has a running
 * monthly income (the largest, at least 100); until its next expected day, the regular payments
 * falling due and her everyday spending (her other charges of the last 56 days up to {@value
 * #ONE_OFF} each, per day, times {@value #SPENDING_SHARE_PERCENT} %) are taken from today's
 * balance; below zero is worth telling her.
 *
 * <p>Regular payments are monthly series still running and, unlike rule 1, also {@link
 * SteadyPayee}s whose rhythm a back-payment, a returned debit or a quarterly cycle broke: their
 * next payment counts when it falls before payday, and none of their payments counts as everyday
 * spending. A single payment above {@value #ONE_OFF} is not everyday spending either (last month's
 * sofa says nothing about this month's groceries). Rule 1 projected both onto the weeks before
 * payday and, on data it was not written for, warned customers who were far from short
 * (BENCHMARKS.md, the second held-out histories).
 */
public final class LowBalanceForecastDetector implements InsightDetector {

  static final String RULE = "low-balance/2";
  static final int SPENDING_SHARE_PERCENT = 60;
  private static final int SPENDING_DAYS = 56;
  private static final BigDecimal SMALLEST_INCOME = new BigDecimal("100");
  static final int ONE_OFF = 250;
  private static final BigDecimal ONE_OFF_SIZE = BigDecimal.valueOf(ONE_OFF);

  /**
   * A payee is paid a steady amount when this share of its payments is this close to its median.
   */
  private static final double STEADY_SHARE = 0.6;

  private static final BigDecimal STEADY_SPREAD = new BigDecimal("0.10");
  private static final long STEADY_GAP_DAYS = 20;

  @Override
  public InsightKind kind() {
    return InsightKind.LOW_BALANCE_FORECAST;
  }

  @Override
  public String ruleVersion() {
    return RULE;
  }

  @Override
  public List<Insight> detect(AccountHistory history) {
    LocalDate today = history.today();
    Optional<MonthlySeries> income =
        MonthlySeries.in(history.credits()).stream()
            .filter(s -> s.isRunningOn(today) && s.latestSize().compareTo(SMALLEST_INCOME) >= 0)
            .max(Comparator.comparing(MonthlySeries::latestSize));
    if (income.isEmpty()) {
      return List.of();
    }
    LocalDate payday = income.get().nextAfter(today);
    List<MonthlySeries> regular =
        MonthlySeries.in(history.charges()).stream().filter(s -> s.isRunningOn(today)).toList();
    Set<String> monthly =
        regular.stream()
            .map(s -> AccountHistory.merchantKey(s.latest()))
            .collect(Collectors.toCollection(HashSet::new));
    List<SteadyPayee> steady = SteadyPayee.in(history.charges());
    BigDecimal due = dueBefore(payday, today, regular, monthly, steady);
    Set<String> notEveryday = new HashSet<>(monthly);
    steady.forEach(p -> notEveryday.add(p.key()));
    BigDecimal spending =
        everydaySpending(history, notEveryday, ChronoUnit.DAYS.between(today, payday));
    BigDecimal balance = history.balance().amount();
    if (balance.subtract(due).subtract(spending).signum() >= 0) {
      return List.of();
    }
    java.util.Currency currency = history.balance().currency();
    return List.of(
        Insight.of(
            InsightKind.LOW_BALANCE_FORECAST,
            RULE,
            List.of(history.accountLast4(), payday),
            "low-balance",
            List.of(
                history.balance(),
                payday,
                new Money(due, currency),
                new Money(spending, currency))));
  }

  /** The regular payments falling due from tomorrow until the day before payday. */
  private static BigDecimal dueBefore(
      LocalDate payday,
      LocalDate today,
      List<MonthlySeries> regular,
      Set<String> monthly,
      List<SteadyPayee> steady) {
    BigDecimal inSeries =
        regular.stream()
            .filter(s -> s.nextAfter(today).isBefore(payday))
            .map(MonthlySeries::latestSize)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal outOfRhythm =
        steady.stream()
            .filter(p -> !monthly.contains(p.key()) && p.isRunningOn(today))
            .filter(p -> p.nextAfter(today).isBefore(payday))
            .map(SteadyPayee::usual)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return inSeries.add(outOfRhythm);
  }

  /** Her usual everyday spending over the days until payday (regular payees and one-offs out). */
  private static BigDecimal everydaySpending(
      AccountHistory history, Set<String> regularPayees, long days) {
    LocalDate since = history.today().minusDays(SPENDING_DAYS - 1L);
    BigDecimal total =
        history.charges().stream()
            .filter(c -> !c.bookedOn().isBefore(since))
            .filter(c -> !regularPayees.contains(AccountHistory.merchantKey(c)))
            .map(AccountHistory::size)
            .filter(size -> size.compareTo(ONE_OFF_SIZE) <= 0)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return total
        .multiply(BigDecimal.valueOf(days * SPENDING_SHARE_PERCENT))
        .divide(BigDecimal.valueOf(SPENDING_DAYS * 100L), 2, RoundingMode.HALF_UP);
  }
}
