package io.tellerline.insight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class LowBalanceForecastDetectorTest {

  private final LowBalanceForecastDetector detector = new LowBalanceForecastDetector();

  private Histories salariedWithRentOnThe20th() {
    return new Histories()
        .everyday()
        .monthly(6, 25, "3900.00", "Northwind Traders GmbH", "salary")
        .monthly(6, 20, "-980.00", "Hausverwaltung Klein", "rent");
  }

  @Test
  void rentAndEverydaySpendingBeforePaydayAboveTheBalanceIsAWarning() {
    List<Insight> found = detector.detect(salariedWithRentOnThe20th().withBalance("900.00"));
    assertEquals(1, found.size());
    List<Object> facts = found.get(0).facts();
    assertEquals(Money.of("900.00", "EUR"), facts.get(0));
    assertEquals(Histories.TODAY.withDayOfMonth(25), facts.get(1));
    assertEquals(Money.of("980.00", "EUR"), facts.get(2));
  }

  @Test
  void enoughMoneyOrNoRegularIncomeIsNoWarning() {
    assertEquals(List.of(), detector.detect(salariedWithRentOnThe20th().withBalance("4000.00")));
    Histories noIncome = new Histories().everyday();
    assertEquals(List.of(), detector.detect(noIncome.withBalance("0.00")));
  }

  @Test
  void aLargeOneOffPurchaseIsNotProjectedOntoTheComingWeeks() {
    Histories history = salariedWithRentOnThe20th();
    assertEquals(List.of(), detector.detect(history.withBalance("1700.00")));
    history.book(Histories.TODAY.minusDays(10), "-2000.00", "Höffner Möbel", "shopping");
    assertEquals(List.of(), detector.detect(history.withBalance("1700.00")));
    assertEquals(1, detector.detect(history.withBalance("1400.00")).size());
  }

  @Test
  void rentOutOfRhythmAfterABackPaymentIsStillDueBeforePayday() {
    Histories history = salariedWithRentOnThe20th();
    history.book(Histories.TODAY.minusDays(10), "-120.00", "Hausverwaltung Klein", "rent");
    List<Insight> found = detector.detect(history.withBalance("900.00"));
    assertEquals(1, found.size(), "the rent of the 20th is due before the salary of the 25th");
    assertEquals(Money.of("980.00", "EUR"), found.get(0).facts().get(2));
  }

  @Test
  void aPaymentOfExactly250IsEverydaySpendingAndOneCentMoreIsAOneOff() {
    LowBalanceForecastDetector rule = new LowBalanceForecastDetector();
    Histories at = salariedWithRentOnThe20th();
    at.book(Histories.TODAY.minusDays(3), "-250.00", "Baumarkt", "shopping");
    Histories above = salariedWithRentOnThe20th();
    above.book(Histories.TODAY.minusDays(3), "-250.01", "Baumarkt", "shopping");
    Object spendingAt = rule.detect(at.withBalance("100.00")).get(0).facts().get(3);
    Object spendingAbove = rule.detect(above.withBalance("100.00")).get(0).facts().get(3);
    Object spendingWithout =
        rule.detect(salariedWithRentOnThe20th().withBalance("100.00")).get(0).facts().get(3);
    assertEquals(spendingWithout, spendingAbove);
    assertTrue(((Money) spendingAt).amount().compareTo(((Money) spendingWithout).amount()) > 0);
  }
}
