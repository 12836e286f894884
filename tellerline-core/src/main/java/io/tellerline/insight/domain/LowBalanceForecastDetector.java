package io.tellerline.insight.domain;

import io.tellerline.banking.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A balance that may not last until the next regular income. Rule 1: the account has a running
 * monthly income (the largest, at least 100); until its next expected day, the regular payments
 * falling due (monthly series still running) and her everyday spending (her other charges of the
 * last 56 days, per day, times {@value #SPENDING_SHARE_PERCENT} %) are taken from today's balance;
 * below zero is worth telling her.
 */
public final class LowBalanceForecastDetector implements InsightDetector {

  static final String RULE = "low-balance/1";
  static final int SPENDING_SHARE_PERCENT = 60;
  private static final int SPENDING_DAYS = 56;
  private static final BigDecimal SMALLEST_INCOME = new BigDecimal("100");

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
    BigDecimal due =
        regular.stream()
            .filter(s -> s.nextAfter(today).isBefore(payday))
            .map(MonthlySeries::latestSize)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal spending =
        everydaySpending(history, regular, ChronoUnit.DAYS.between(today, payday));
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

  /** Her usual everyday spending over the days until payday (regular payments left out). */
  private static BigDecimal everydaySpending(
      AccountHistory history, List<MonthlySeries> regular, long days) {
    Set<String> regularKeys =
        regular.stream()
            .map(s -> AccountHistory.merchantKey(s.latest()))
            .collect(Collectors.toSet());
    LocalDate since = history.today().minusDays(SPENDING_DAYS - 1L);
    BigDecimal total =
        history.charges().stream()
            .filter(c -> !c.bookedOn().isBefore(since))
            .filter(c -> !regularKeys.contains(AccountHistory.merchantKey(c)))
            .map(AccountHistory::size)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return total
        .multiply(BigDecimal.valueOf(days * SPENDING_SHARE_PERCENT))
        .divide(BigDecimal.valueOf(SPENDING_DAYS * 100L), 2, RoundingMode.HALF_UP);
  }
}
