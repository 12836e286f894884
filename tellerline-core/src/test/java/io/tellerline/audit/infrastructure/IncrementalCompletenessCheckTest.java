package io.tellerline.audit.infrastructure;

import static io.tellerline.audit.infrastructure.IncrementalCompletenessCheck.nextBound;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The bound's rule; the queries against PostgreSQL are in {@code AuditLeafCompletenessIT}. */
class IncrementalCompletenessCheckTest {

  private static final OptionalLong NONE_MISSING = OptionalLong.empty();
  private static final OptionalLong NONE_QUEUED = OptionalLong.empty();

  @Test
  void withNothingMissingTheBoundMovesToTheLastSettledEvent() {
    assertEquals(120, nextBound(100, 120, NONE_MISSING, NONE_QUEUED));
  }

  @Test
  void anEventWithoutLeafOrQueueHoldsTheBoundJustBelowIt() {
    assertEquals(104, nextBound(100, 120, OptionalLong.of(105), NONE_QUEUED));
  }

  @Test
  void aMissingEventStillAboveTheSettledOnesDoesNotHoldTheBoundBack() {
    assertEquals(120, nextBound(100, 120, OptionalLong.of(130), NONE_QUEUED));
  }

  @Test
  void theBoundNeverFallsBack() {
    assertEquals(
        100, nextBound(100, 0, NONE_MISSING, NONE_QUEUED), "nothing settled yet (a quiet log)");
    assertEquals(
        100, nextBound(100, 90, NONE_MISSING, NONE_QUEUED), "an event whose clock ran behind");
  }

  @Test
  void theFirstEventMissingKeepsTheWholeLogInTheNextCheck() {
    assertEquals(0, nextBound(Long.MIN_VALUE, 500, OptionalLong.of(1), NONE_QUEUED));
  }

  @Test
  void aQueuedEventHoldsTheBoundUntilItHasItsLeaf() {
    assertEquals(109, nextBound(100, 120, NONE_MISSING, OptionalLong.of(110)));
    assertEquals(100, nextBound(100, 120, NONE_MISSING, OptionalLong.of(90)), "never back");
  }

  @Test
  void anEventNumberedAtTheVeryBottomIsNotWrappedAround() {
    assertEquals(
        Long.MIN_VALUE,
        nextBound(Long.MIN_VALUE, 500, OptionalLong.of(Long.MIN_VALUE), NONE_QUEUED));
  }
}
