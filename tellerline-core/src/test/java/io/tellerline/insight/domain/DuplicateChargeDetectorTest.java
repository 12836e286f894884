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
}
