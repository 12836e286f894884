package io.tellerline.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecommendationRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  static final ProductRule TRAVEL_CARD =
      new ProductRule("travel-card", ProductCategory.CARD, "Travel Card", 90, "travel-card");
  static final ProductRule SAVINGS =
      new ProductRule(
          "savings-account", ProductCategory.SAVINGS, "Savings Account", 0, "savings-interest");

  private final List<Transaction> bookings = new ArrayList<>();

  private static AccountSummary account(String product, String last4, String balance) {
    return new AccountSummary(UUID.randomUUID(), product, last4, Money.of(balance, "GBP"));
  }

  private CustomerFacts facts(LocalDate since, AccountSummary... accounts) {
    return new CustomerFacts(TODAY, since, List.of(accounts), bookings);
  }

  private void pay(int daysAgo, String amount, String currency) {
    bookings.add(
        new Transaction(
            TODAY.minusDays(daysAgo), Money.of(amount, currency), "Café", "eating_out", "6819"));
  }

  @Test
  void ninePaymentsInEurosOnAPoundAccountSuggestTheTravelCardWithTheirFees() {
    for (int k = 0; k < 9; k++) {
      pay(5 + 9 * k, "-20.00", "EUR");
    }
    pay(100, "-500.00", "EUR"); // older than three months: not counted
    pay(3, "-50.00", "GBP"); // the account's own currency: not foreign
    Recommendation found =
        new ForeignSpendingRule()
            .evaluate(
                facts(TODAY.minusYears(3), account("Current Account", "6819", "100")), TRAVEL_CARD)
            .orElseThrow();
    assertEquals("foreign-spending/1", found.ruleVersion());
    assertEquals(List.of(9, Money.of("3.15", "EUR")), found.facts());
  }

  @Test
  void fourForeignPaymentsAreTooFew() {
    for (int k = 0; k < 4; k++) {
      pay(5 + k, "-20.00", "EUR");
    }
    assertTrue(
        new ForeignSpendingRule()
            .evaluate(
                facts(TODAY.minusYears(3), account("Current Account", "6819", "100")), TRAVEL_CARD)
            .isEmpty());
  }

  @Test
  void aBalanceThatStayedAboveThreeThousandForThirtyDaysSuggestsSavings() {
    pay(10, "-1500.00", "GBP"); // before it, the balance was 6,000
    pay(40, "-5000.00", "GBP"); // older than 30 days: not looked at
    Recommendation found =
        new IdleBalanceRule()
            .evaluate(
                facts(TODAY.minusYears(3), account("Current Account", "6819", "4500")), SAVINGS)
            .orElseThrow();
    assertEquals("idle-balance/1", found.ruleVersion());
    assertEquals(List.of(30, Money.of("4500.00", "GBP")), found.facts());
  }

  @Test
  void aBalanceThatWasLowThisMonthIsNotIdle() {
    pay(10, "3000.00", "GBP"); // before this credit, only 1,500
    assertTrue(
        new IdleBalanceRule()
            .evaluate(
                facts(TODAY.minusYears(3), account("Current Account", "6819", "4500")), SAVINGS)
            .isEmpty());
  }

  @Test
  void eligibilityHoldsTheProductTenureAndNeverInvestments() {
    AccountSummary current = account("Current Account", "6819", "4500");
    assertTrue(SAVINGS.admits(facts(TODAY.minusYears(3), current)));
    assertFalse(
        SAVINGS.admits(
            facts(TODAY.minusYears(3), current, account("Savings Account", "0001", "1"))),
        "she holds it already");
    assertFalse(TRAVEL_CARD.admits(facts(TODAY.minusDays(89), current)), "customer too briefly");
    assertTrue(TRAVEL_CARD.admits(facts(TODAY.minusDays(90), current)));
    ProductRule fund =
        new ProductRule(
            "index-fund-plan", ProductCategory.INVESTMENT, "Fund", 0, "index-fund-plan");
    assertFalse(fund.admits(facts(TODAY.minusYears(3), current)), "never an investment");
  }
}
