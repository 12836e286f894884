package io.tellerline.banking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RhythmTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  void theNextPaymentIsTheFirstOneUntilItIsPast() {
    LocalDate first = LocalDate.of(2026, 12, 1);
    assertEquals(first, Rhythm.MONTHLY.nextOnOrAfter(first, TODAY));
  }

  @Test
  void theNextPaymentCountsFromTheFirstOne() {
    LocalDate first = LocalDate.of(2026, 1, 31);
    assertEquals(LocalDate.of(2026, 11, 30), Rhythm.MONTHLY.nextOnOrAfter(first, TODAY));
    assertEquals(LocalDate.of(2027, 1, 31), Rhythm.QUARTERLY.nextOnOrAfter(first, TODAY));
    assertEquals(LocalDate.of(2027, 1, 31), Rhythm.YEARLY.nextOnOrAfter(first, TODAY));
    assertEquals(
        LocalDate.of(2026, 11, 24), Rhythm.WEEKLY.nextOnOrAfter(LocalDate.of(2026, 11, 3), TODAY));
  }

  @Test
  void aStandingOrderNamesItsNextPayment() {
    StandingOrder order =
        new StandingOrder(
            java.util.UUID.randomUUID(),
            "Mia Schmidt",
            "8603",
            Money.of("25", "EUR"),
            Rhythm.WEEKLY,
            LocalDate.of(2026, 11, 20));
    assertEquals(LocalDate.of(2026, 11, 27), order.nextPayment(TODAY));
  }
}
