package io.tellerline.insight.domain;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A balance that may not last until the next regular income. Rule 2: the account has a running
 * monthly income (the largest, at least 100); until its next expected day, the regular payments
 * falling due (monthly series still running) and her everyday spending (her other charges of the
 * last 56 days, per day, times {@value #SPENDING_SHARE_PERCENT} %) are taken from today's balance;
 * below zero is worth telling her.
 *
 * <p>Everyday spending leaves out, unlike rule 1, what will not recur in the next weeks: a payee
 * she pays a steady amount at intervals of weeks (rent, premiums, subscriptions, loans), even when
 * a back-payment, a returned debit or a new spelling breaks its monthly rhythm; and any single
 * payment above {@value #ONE_OFF} (last month's sofa says nothing about this month's groceries).
 * Rule 1 counted both, and on data it was not written for it warned customers who were far from
 * short (BENCHMARKS.md, the second held-out histories).
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
            .collect(Collectors.toCollection(HashSet::new));
    regularKeys.addAll(steadyPayees(history.charges()));
    LocalDate since = history.today().minusDays(SPENDING_DAYS - 1L);
    BigDecimal total =
        history.charges().stream()
            .filter(c -> !c.bookedOn().isBefore(since))
            .filter(c -> !regularKeys.contains(AccountHistory.merchantKey(c)))
            .map(AccountHistory::size)
            .filter(size -> size.compareTo(ONE_OFF_SIZE) <= 0)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return total
        .multiply(BigDecimal.valueOf(days * SPENDING_SHARE_PERCENT))
        .divide(BigDecimal.valueOf(SPENDING_DAYS * 100L), 2, RoundingMode.HALF_UP);
  }

  /**
   * Payees she pays a steady amount weeks apart: at least two payments, most of them within 10 % of
   * the payee's median, usually 20 days or more apart. A supermarket (many amounts, days apart) is
   * not one.
   */
  static Set<String> steadyPayees(List<Transaction> charges) {
    Map<String, List<Transaction>> byPayee = new HashMap<>();
    for (Transaction charge : charges) {
      byPayee
          .computeIfAbsent(AccountHistory.merchantKey(charge), k -> new ArrayList<>())
          .add(charge);
    }
    Set<String> steady = new HashSet<>();
    byPayee.forEach(
        (payee, payments) -> {
          if (payments.size() >= 2 && mostlyOneAmount(payments) && usuallyWeeksApart(payments)) {
            steady.add(payee);
          }
        });
    return steady;
  }

  private static boolean mostlyOneAmount(List<Transaction> payments) {
    List<BigDecimal> sizes = payments.stream().map(AccountHistory::size).sorted().toList();
    BigDecimal median = sizes.get((sizes.size() - 1) / 2);
    long near =
        sizes.stream()
            .filter(s -> s.subtract(median).abs().compareTo(median.multiply(STEADY_SPREAD)) <= 0)
            .count();
    return near >= 2 && near >= STEADY_SHARE * sizes.size();
  }

  private static boolean usuallyWeeksApart(List<Transaction> payments) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < payments.size(); i++) {
      gaps.add(ChronoUnit.DAYS.between(payments.get(i - 1).bookedOn(), payments.get(i).bookedOn()));
    }
    gaps.sort(Comparator.naturalOrder());
    return gaps.get((gaps.size() - 1) / 2) >= STEADY_GAP_DAYS;
  }
}
