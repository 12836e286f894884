package io.tellerline.audit.infrastructure;

import static io.tellerline.audit.infrastructure.IncrementalCompletenessCheck.nextBound;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The bound's rule; the queries against PostgreSQL are in {@code AuditLeafCompletenessIT}. */
class IncrementalCompletenessCheckTest {

  private static final OptionalLong NONE_MISSING = OptionalLong.empty();

  @Test
  void withNothingMissingTheBoundMovesToTheLastSettledEvent() {
    assertEquals(120, nextBound(100, 120, NONE_MISSING));
  }

  @Test
  void anEventWithoutLeafOrQueueHoldsTheBoundJustBelowIt() {
    assertEquals(104, nextBound(100, 120, OptionalLong.of(105)));
  }

  @Test
  void aMissingEventStillAboveTheSettledOnesDoesNotHoldTheBoundBack() {
    assertEquals(120, nextBound(100, 120, OptionalLong.of(130)));
  }

  @Test
  void theBoundNeverFallsBack() {
    assertEquals(100, nextBound(100, 0, NONE_MISSING), "nothing settled yet (a quiet log)");
    assertEquals(100, nextBound(100, 90, NONE_MISSING), "an event whose clock ran behind");
  }

  @Test
  void theFirstEventMissingKeepsTheWholeLogInTheNextCheck() {
    assertEquals(0, nextBound(0, 500, OptionalLong.of(1)));
  }
}
