package io.tellerline.recommendation.domain;

import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A large idle balance → the savings account: an account other than a savings account whose
 * end-of-day balance stayed at or above {@value #THRESHOLD} (in its currency) on each of the last
 * {@value #DAYS} days, reconstructed backwards from today's balance and the bookings. The reason
 * names the lowest of those balances.
 */
public final class IdleBalanceRule implements RecommendationRule {

  static final int DAYS = 30;
  static final String THRESHOLD = "3000";

  @Override
  public String productCode() {
    return "savings-account";
  }

  @Override
  public String version() {
    return "idle-balance/1";
  }

  @Override
  public Optional<Recommendation> evaluate(CustomerFacts customer, ProductRule product) {
    Optional<Money> largest = Optional.empty();
    for (AccountSummary account : customer.accounts()) {
      if (account.productName().equals(product.heldAs())) {
        continue;
      }
      Money lowest = lowestBalance(account, customer);
      if (lowest.amount().compareTo(new BigDecimal(THRESHOLD)) >= 0
          && largest.map(l -> l.amount().compareTo(lowest.amount()) < 0).orElse(true)) {
        largest = Optional.of(lowest);
      }
    }
    return largest.map(
        lowest ->
            new Recommendation(productCode(), version(), "idle-balance", List.of(DAYS, lowest)));
  }

  /** The lowest end-of-day balance over the last {@link #DAYS} days. */
  private static Money lowestBalance(AccountSummary account, CustomerFacts customer) {
    LocalDate from = customer.today().minusDays(DAYS);
    List<Transaction> later =
        customer.bookings().stream()
            .filter(t -> account.ibanLast4().equals(t.accountLast4()))
            .filter(t -> t.bookedOn().isAfter(from))
            .filter(t -> t.amount().currency().equals(account.balance().currency()))
            .toList();
    BigDecimal balance = account.balance().amount();
    BigDecimal lowest = balance;
    for (LocalDate day = customer.today(); day.isAfter(from); day = day.minusDays(1)) {
      LocalDate booked = day;
      // The balance at the end of the day before: undo this day's bookings.
      balance =
          balance.subtract(
              later.stream()
                  .filter(t -> t.bookedOn().equals(booked))
                  .map(t -> t.amount().amount())
                  .reduce(BigDecimal.ZERO, BigDecimal::add));
      lowest = lowest.min(balance);
    }
    return new Money(lowest, account.balance().currency());
  }
}
