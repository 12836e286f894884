package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KpiFiguresTest {

  private static KpiFigures figures(
      long conversations,
      long turns,
      long notUnderstood,
      long selfServed,
      long ended,
      long handedOver,
      long abandoned,
      long closed,
      long rated) {
    return new KpiFigures(
        "all",
        conversations,
        turns,
        notUnderstood,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        selfServed,
        ended,
        handedOver,
        abandoned,
        OptionalDouble.empty(),
        closed,
        rated,
        OptionalDouble.of(3.5),
        List.of(0L, 1L, 0L, 0L, 1L));
  }

  @Test
  void ratesAreTheirCountsOverTheirOwnDenominators() {
    KpiFigures kpis = figures(4, 5, 2, 1, 4, 2, 1, 4, 2);
    assertEquals(0.25, kpis.selfServiceRate().getAsDouble(), 1e-9); // 1 of 4 ended
    assertEquals(0.5, kpis.escalationRate().getAsDouble(), 1e-9); // 2 of 4 conversations
    assertEquals(0.5, kpis.abandonmentRate().getAsDouble(), 1e-9); // 1 of 2 handed over
    assertEquals(0.4, kpis.notUnderstoodRate().getAsDouble(), 1e-9); // 2 of 5 turns
    assertEquals(0.5, kpis.csatResponseRate().getAsDouble(), 1e-9); // 2 of 4 closed
  }

  @Test
  void aRateOfNothingIsEmptyNotZero() {
    KpiFigures none = figures(0, 0, 0, 0, 0, 0, 0, 0, 0);
    assertTrue(none.selfServiceRate().isEmpty());
    assertTrue(none.abandonmentRate().isEmpty());
    assertTrue(none.notUnderstoodRate().isEmpty());
  }

  @Test
  void aPartLargerThanItsWholeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> KpiFigures.ratio(3, 2));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new KpiFigures(
                "all",
                0,
                0,
                0,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                0,
                0,
                0,
                0,
                OptionalDouble.empty(),
                0,
                0,
                OptionalDouble.empty(),
                List.of(1L)));
  }

  @Test
  void aPeriodRunsForwardsAndAtMostAYear() {
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> new KpiPeriod(now, now));
    assertThrows(
        IllegalArgumentException.class, () -> new KpiPeriod(now.minus(Duration.ofDays(367)), now));
    assertEquals(now, new KpiPeriod(now.minus(Duration.ofDays(366)), now).to());
  }
}
