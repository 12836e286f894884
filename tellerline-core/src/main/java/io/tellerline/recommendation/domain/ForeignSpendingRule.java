package io.tellerline.recommendation.domain;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Frequent payments in a currency other than the account's → the card without foreign fees: at
 * least {@value #MIN_PAYMENTS} in the last {@value #DAYS} days. The reason names how many, and the
 * fees they cost (the standard card's 1.75 %) when they were all in one currency.
 */
public final class ForeignSpendingRule implements RecommendationRule {

  static final int DAYS = 90;
  static final int MIN_PAYMENTS = 5;
  static final BigDecimal FEE_RATE = new BigDecimal("0.0175");

  @Override
  public String productCode() {
    return "travel-card";
  }

  @Override
  public String version() {
    return "foreign-spending/1";
  }

  @Override
  public Optional<Recommendation> evaluate(CustomerFacts customer, ProductRule product) {
    List<Transaction> foreign =
        customer.bookings().stream()
            .filter(t -> t.amount().isNegative())
            .filter(t -> !t.bookedOn().isBefore(customer.today().minusDays(DAYS)))
            .filter(
                t ->
                    customer
                        .accountOf(t)
                        .map(a -> !a.balance().currency().equals(t.amount().currency()))
                        .orElse(false))
            .toList();
    if (foreign.size() < MIN_PAYMENTS) {
      return Optional.empty();
    }
    List<Currency> currencies =
        foreign.stream().map(t -> t.amount().currency()).distinct().toList();
    if (currencies.size() > 1) {
      return Optional.of(
          new Recommendation(
              productCode(), version(), "foreign-spending.mixed", List.of(foreign.size())));
    }
    BigDecimal paid =
        foreign.stream()
            .map(t -> t.amount().amount().abs())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    Money fees =
        new Money(paid.multiply(FEE_RATE).setScale(2, RoundingMode.HALF_UP), currencies.get(0));
    return Optional.of(
        new Recommendation(
            productCode(), version(), "foreign-spending", List.of(foreign.size(), fees)));
  }
}
