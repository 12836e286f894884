package io.tellerline.insight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.banking.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceRiseDetectorTest {

  private final PriceRiseDetector detector = new PriceRiseDetector();

  @Test
  void aSubscriptionUpFromItsUsualAmountIsARise() {
    Histories history = new Histories().monthly(6, 3, "-13.99", "Netflix", "streaming");
    history.book(Histories.TODAY.minusDays(3), "-17.99", "Netflix", "streaming");
    List<Insight> found = detector.detect(history.withBalance("500"));
    assertEquals(1, found.size());
    assertEquals("price-rise/2", found.get(0).ruleVersion());
    assertEquals(
        List.of(
            "Netflix",
            Money.of("17.99", "EUR"),
            Histories.TODAY.minusDays(3),
            6,
            Money.of("13.99", "EUR")),
        found.get(0).facts());
  }

  @Test
  void aCutAVaryingBillAndAnUnchangedPriceAreNot() {
    Histories history = new Histories().monthly(6, 3, "-13.99", "Netflix", "streaming");
    history.book(Histories.TODAY.minusDays(3), "-9.99", "Netflix", "streaming");
    history.monthly(6, 10, "-84.50", "Spotify", "streaming");
    history.book(Histories.TODAY.minusDays(1), "-84.50", "Spotify", "streaming");
    for (int m = 6; m >= 1; m--) {
      history.book(
          Histories.TODAY.minusMonths(m).withDayOfMonth(12),
          "-" + (70 + m * 7) + ".00",
          "Stadtwerke",
          "utilities");
    }
    history.book(Histories.TODAY.minusDays(2), "-120.00", "Stadtwerke", "utilities");
    assertEquals(List.of(), detector.detect(history.withBalance("500")));
  }

  @Test
  void raisedPocketMoneyToAPersonIsNoPriceButARaisedRentIs() {
    Histories history = new Histories().monthly(6, 1, "-25.00", "Jugendkonto Lena", "family");
    history.book(Histories.TODAY.minusDays(5), "-30.00", "Jugendkonto Lena", "family");
    history.monthly(6, 2, "-840.00", "Hausverwaltung Klein", "rent");
    history.book(Histories.TODAY.minusDays(4), "-870.00", "Hausverwaltung Klein", "rent");
    List<Insight> found = detector.detect(history.withBalance("500"));
    assertEquals(
        List.of("Hausverwaltung Klein"), found.stream().map(i -> i.facts().get(0)).toList());
  }
}
