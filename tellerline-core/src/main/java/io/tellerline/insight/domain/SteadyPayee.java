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
 * A payee she pays a steady amount weeks apart: rent, premiums, subscriptions, loans. At least two
 * payments within 10 % of the payee's median, making up at least 60 % of its payments, usually 20
 * days or more apart. Unlike a {@link MonthlySeries} it survives what breaks a monthly rhythm in
 * real accounts: a back-payment, a returned debit collected again, a quarterly or a late payment. A
 * supermarket (many amounts, days apart) is not one.
 *
 * @param key the payee as the detectors compare it ({@link AccountHistory#merchantKey})
 * @param usual the median of its payments
 * @param latest the day of its latest payment near {@code usual}
 * @param gapDays the median number of days between its payments near {@code usual}
 */
public record SteadyPayee(String key, BigDecimal usual, LocalDate latest, long gapDays) {

  private static final BigDecimal SPREAD = new BigDecimal("0.10");
  private static final int SHARE_PERCENT = 60;
  private static final long SHORTEST_GAP_DAYS = 20;

  /** The steady payees among her charges (oldest first), in the order first paid. */
  public static List<SteadyPayee> in(List<Transaction> charges) {
    Map<String, List<Transaction>> byPayee = new LinkedHashMap<>();
    for (Transaction charge : charges) {
      byPayee
          .computeIfAbsent(AccountHistory.merchantKey(charge), k -> new ArrayList<>())
          .add(charge);
    }
    List<SteadyPayee> steady = new ArrayList<>();
    byPayee.forEach(
        (key, payments) -> {
          BigDecimal usual = median(payments.stream().map(AccountHistory::size).toList());
          List<Transaction> near = payments.stream().filter(p -> isNear(p, usual)).toList();
          if (near.size() >= 2 && near.size() * 100 >= SHARE_PERCENT * payments.size()) {
            long gap = medianGap(near);
            if (gap >= SHORTEST_GAP_DAYS) {
              steady.add(new SteadyPayee(key, usual, near.get(near.size() - 1).bookedOn(), gap));
            }
          }
        });
    return steady;
  }

  /** True when the payment is within 10 % of {@code usual}. */
  static boolean isNear(Transaction payment, BigDecimal usual) {
    return AccountHistory.size(payment).subtract(usual).abs().compareTo(usual.multiply(SPREAD))
        <= 0;
  }

  /** True when this payment goes to this payee at about its usual amount. */
  public boolean isUsualPayment(Transaction payment) {
    return key.equals(AccountHistory.merchantKey(payment)) && isNear(payment, usual);
  }

  /** Still paid: the latest payment is no more than one and a half gaps before today. */
  public boolean isRunningOn(LocalDate today) {
    return ChronoUnit.DAYS.between(latest, today) * 2 <= gapDays * 3;
  }

  /** When the next payment is due: a gap after the latest; one overdue is expected tomorrow. */
  public LocalDate nextAfter(LocalDate today) {
    LocalDate next = latest.plusDays(gapDays);
    return next.isAfter(today) ? next : today.plusDays(1);
  }

  private static long medianGap(List<Transaction> payments) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < payments.size(); i++) {
      gaps.add(ChronoUnit.DAYS.between(payments.get(i - 1).bookedOn(), payments.get(i).bookedOn()));
    }
    gaps.sort(null);
    return gaps.get((gaps.size() - 1) / 2);
  }

  private static BigDecimal median(List<BigDecimal> sizes) {
    List<BigDecimal> sorted = sizes.stream().sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
