package io.tellerline.insight.domain;

import io.tellerline.banking.domain.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The same merchant charging the same amount (at least 10: two coffees are two coffees) twice, the
 * second time in the last 30 days. Rule 2: where the two bookings' origins can tell (see {@link
 * DuplicateEvidence}: the same card authorisation reference, authorisation times minutes apart, the
 * same direct-debit mandate within one period), they decide, however many days apart the two were
 * booked. Where they cannot (no authorisation or mandate data to compare), rule 1's dates decide:
 * booked on one day or two days in a row. Not where such pairs are her habit (two or more earlier
 * pairs at the same merchant and amount: the bus fare there and back), unless one card
 * authorisation was presented twice. A charge given back in between (a credit of the same amount
 * from the merchant) was not charged twice.
 */
public final class DuplicateChargeDetector implements InsightDetector {

  static final String RULE = "duplicate-charge/2";
  private static final int WINDOW_DAYS = 30;
  private static final BigDecimal SMALLEST = new BigDecimal("10");
  private static final int HABIT = 2;
  private static final Comparator<Transaction> BOOKED =
      Comparator.comparing(Transaction::bookedOn)
          .thenComparing(
              t -> t.origin().authorisedAt(),
              Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()));

  /**
   * Two charges found to be one payment. All but one authorisation presented twice may be her habit
   * (the same fare there and back on one day, a direct debit collected weekly).
   */
  private record Pair(Transaction first, Transaction second, DuplicateEvidence evidence) {
    boolean mayBeHabit() {
      return evidence != DuplicateEvidence.SAME_AUTHORISATION;
    }
  }

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
        sameCharge.computeIfAbsent(key(charge), k -> new ArrayList<>()).add(charge);
      }
    }
    LocalDate windowStart = history.today().minusDays(WINDOW_DAYS - 1L);
    List<Insight> found = new ArrayList<>();
    Map<String, List<Transaction>> givenBack =
        history.credits().stream().collect(Collectors.groupingBy(DuplicateChargeDetector::key));
    for (Map.Entry<String, List<Transaction>> group : sameCharge.entrySet()) {
      if (group.getValue().size() < 2) {
        continue;
      }
      List<Pair> pairs =
          pairs(
              group.getValue().stream().sorted(BOOKED).toList(),
              givenBack.getOrDefault(group.getKey(), List.of()));
      long habit =
          pairs.stream()
              .filter(p -> p.mayBeHabit() && p.second().bookedOn().isBefore(windowStart))
              .count();
      pairs.stream()
          .filter(p -> !p.second().bookedOn().isBefore(windowStart))
          .filter(p -> !p.mayBeHabit() || habit < HABIT)
          .forEach(p -> found.add(insight(history, p.first(), p.second())));
    }
    return found;
  }

  private static String key(Transaction booking) {
    return AccountHistory.merchantKey(booking) + "|" + AccountHistory.size(booking);
  }

  /**
   * Each charge paired with the latest earlier one (up to 30 days before it) that it repeats, each
   * charge in one pair at most.
   */
  private static List<Pair> pairs(List<Transaction> charges, List<Transaction> givenBack) {
    List<Pair> pairs = new ArrayList<>();
    boolean[] paired = new boolean[charges.size()];
    for (int i = 1; i < charges.size(); i++) {
      Transaction second = charges.get(i);
      for (int j = i - 1; j >= 0 && !paired[i]; j--) {
        Transaction first = charges.get(j);
        long days = ChronoUnit.DAYS.between(first.bookedOn(), second.bookedOn());
        if (days >= WINDOW_DAYS) {
          break;
        }
        if (paired[j] || refundedBetween(first, second, givenBack)) {
          continue;
        }
        DuplicateEvidence evidence = DuplicateEvidence.of(first, second);
        if (evidence.onePayment() || (evidence == DuplicateEvidence.NOTHING && days <= 1)) {
          pairs.add(new Pair(first, second, evidence));
          paired[i] = true;
          paired[j] = true;
        }
      }
    }
    return pairs;
  }

  private static boolean refundedBetween(
      Transaction first, Transaction second, List<Transaction> givenBack) {
    return givenBack.stream()
        .anyMatch(
            c ->
                !c.bookedOn().isBefore(first.bookedOn())
                    && !c.bookedOn().isAfter(second.bookedOn()));
  }

  /**
   * Reason "same-day" when both were booked on one day, else "next-day" (on one day, again on
   * another).
   */
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
