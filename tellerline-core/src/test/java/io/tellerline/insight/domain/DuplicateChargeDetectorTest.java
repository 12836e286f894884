package io.tellerline.insight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateChargeDetectorTest {

  private final DuplicateChargeDetector detector = new DuplicateChargeDetector();

  @Test
  void theSameAmountTwiceOnOneDayOrTheNextIsADuplicate() {
    Histories history = new Histories();
    history.book(Histories.TODAY.minusDays(2), "-59.95", "Zalando", "shopping");
    history.book(Histories.TODAY.minusDays(2), "-59.95", "Zalando", "shopping");
    history.book(Histories.TODAY.minusDays(9), "-42.10", "Shell", "fuel");
    history.book(Histories.TODAY.minusDays(8), "-42.10", "Shell", "fuel");
    List<Insight> found = detector.detect(history.withBalance("100"));
    assertEquals(2, found.size());
    assertEquals("duplicate-charge.next-day", found.get(0).reason());
    assertEquals("Shell", found.get(0).facts().get(0));
    assertEquals("duplicate-charge.same-day", found.get(1).reason());
    assertEquals("Zalando", found.get(1).facts().get(0));
    assertNotEquals(found.get(0).id(), found.get(1).id());
    assertEquals(
        found.get(0).id(), detector.detect(history.withBalance("5")).get(0).id(), "stable id");
  }

  @Test
  void twoCoffeesAHabitAnOldPairAndDifferentAmountsAreNot() {
    Histories history = new Histories();
    history.book(Histories.TODAY.minusDays(1), "-3.80", "Café Central", "eating_out");
    history.book(Histories.TODAY.minusDays(1), "-3.80", "Café Central", "eating_out");
    for (int d : new int[] {3, 40, 70}) {
      history.book(Histories.TODAY.minusDays(d), "-12.00", "Parkhaus Zentrum", "transport");
      history.book(Histories.TODAY.minusDays(d), "-12.00", "Parkhaus Zentrum", "transport");
    }
    history.book(Histories.TODAY.minusDays(50), "-80.00", "Zara", "shopping");
    history.book(Histories.TODAY.minusDays(50), "-80.00", "Zara", "shopping");
    history.book(Histories.TODAY.minusDays(4), "-20.00", "REWE", "groceries");
    history.book(Histories.TODAY.minusDays(4), "-21.00", "REWE", "groceries");
    assertEquals(List.of(), detector.detect(history.withBalance("100")));
  }

  @Test
  void theSameAuthorisationPresentedTwiceIsADuplicateEvenDaysApart() {
    Histories history = new Histories();
    history.card(Histories.TODAY.minusDays(6), "19:02:11", "A93K2Q", "-84.00", "Zalando");
    history.card(Histories.TODAY.minusDays(3), "19:02:11", "A93K2Q", "-84.00", "Zalando");
    List<Insight> found = detector.detect(history.withBalance("100"));
    assertEquals(1, found.size());
    assertEquals("duplicate-charge/2", found.get(0).ruleVersion());
    assertEquals("duplicate-charge.next-day", found.get(0).reason());
    assertEquals(Histories.TODAY.minusDays(6), found.get(0).facts().get(2));
    assertEquals(Histories.TODAY.minusDays(3), found.get(0).facts().get(3));
  }

  @Test
  void twoAuthorisationsSecondsApartAreADoubleClick() {
    Histories history = new Histories();
    history.card(Histories.TODAY.minusDays(2), "10:15:03", "K11X0P", "-49.90", "Thalia");
    history.card(Histories.TODAY.minusDays(2), "10:15:41", "K11X0Q", "-49.90", "Thalia");
    history.card(Histories.TODAY.minusDays(8), "23:58:00", "M1", "-19.00", "Uber");
    history.card(Histories.TODAY.minusDays(7), "00:05:30", "M2", "-19.00", "Uber");
    List<Insight> found = detector.detect(history.withBalance("100"));
    assertEquals(List.of("Uber", "Thalia"), merchants(found));
    assertEquals("duplicate-charge.same-day", found.get(1).reason());
  }

  @Test
  void twoCardPurchasesHoursApartOnOneDayAreNot() {
    Histories history = new Histories();
    history.card(Histories.TODAY.minusDays(2), "08:12:00", "B77", "-39.90", "Deutsche Bahn");
    history.card(Histories.TODAY.minusDays(2), "17:45:00", "B78", "-39.90", "Deutsche Bahn");
    history.card(Histories.TODAY.minusDays(4), "12:00:00", "C1", "-25.00", "Kino am Ring");
    history.card(Histories.TODAY.minusDays(4), "12:10:01", "C2", "-25.00", "Kino am Ring");
    history.card(Histories.TODAY.minusDays(5), null, "D1", "-30.00", "Thalia");
    history.card(Histories.TODAY.minusDays(5), null, "D2", "-30.00", "Thalia");
    assertEquals(List.of(), detector.detect(history.withBalance("100")));
  }

  @Test
  void theSameMandateCollectedTwiceInOnePeriodIsADuplicate() {
    Histories history = new Histories();
    for (int m = 4; m >= 0; m--) {
      history.debit(
          Histories.TODAY.minusDays(5).minusMonths(m), "NFX-7781-2209", "-13.99", "Netflix");
    }
    history.debit(Histories.TODAY.minusDays(3), "nfx-7781-2209 ", "-13.99", "Netflix");
    List<Insight> found = detector.detect(history.withBalance("100"));
    assertEquals(List.of("Netflix"), merchants(found));
    assertEquals(Histories.TODAY.minusDays(3), found.get(0).facts().get(3));
  }

  @Test
  void monthlyCollectionsAnotherMandateAndAReturnedDebitAreNot() {
    Histories history = new Histories();
    for (int m = 5; m >= 0; m--) {
      history.debit(Histories.TODAY.minusMonths(m), "NFX-7781-2209", "-13.99", "Netflix");
    }
    history.debit(Histories.TODAY.minusDays(4), "FX-1", "-29.90", "FitX Fitnessstudio");
    history.debit(Histories.TODAY.minusDays(4), "FX-2", "-29.90", "FitX Fitnessstudio");
    history.debit(Histories.TODAY.minusDays(12), "HUK-4471", "-45.00", "HUK-Coburg");
    history.book(Histories.TODAY.minusDays(9), "45.00", "HUK-Coburg", "refund");
    history.debit(Histories.TODAY.minusDays(8), "HUK-4471", "-45.00", "HUK-Coburg");
    assertEquals(List.of(), detector.detect(history.withBalance("100")));
  }

  @Test
  void aDirectDebitCollectedWeeklyIsHerHabitButOneAuthorisationTwiceIsNever() {
    Histories history = new Histories();
    for (int week = 16; week >= 0; week--) {
      history.debit(Histories.TODAY.minusWeeks(week), "CLUB-7", "-15.00", "Tennisclub");
    }
    for (int d : new int[] {3, 40, 70}) {
      history.card(Histories.TODAY.minusDays(d), "12:00:00", "P" + d, "-12.00", "Parkhaus");
      history.card(Histories.TODAY.minusDays(d), "12:00:00", "P" + d, "-12.00", "Parkhaus");
    }
    List<Insight> found = detector.detect(history.withBalance("100"));
    assertEquals(List.of("Parkhaus"), merchants(found));
    assertEquals(Histories.TODAY.minusDays(3), found.get(0).facts().get(3));
  }

  @Test
  void withoutOriginsOnOneSideTheDatesDecideAsInRuleOne() {
    Histories history = new Histories();
    history.card(Histories.TODAY.minusDays(1), "09:00:00", "E1", "-64.00", "IKEA");
    history.book(Histories.TODAY.minusDays(1), "-64.00", "IKEA", "shopping");
    history.book(Histories.TODAY.minusDays(10), "-20.00", "Lidl", "groceries");
    history.book(Histories.TODAY.minusDays(7), "-20.00", "Lidl", "groceries");
    assertEquals(List.of("IKEA"), merchants(detector.detect(history.withBalance("100"))));
  }

  private static List<Object> merchants(List<Insight> found) {
    return found.stream().map(i -> i.facts().get(0)).toList();
  }
}
