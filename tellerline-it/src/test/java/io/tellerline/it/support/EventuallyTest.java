package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class EventuallyTest {

  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void returnsTheFirstValueThatHolds() throws Exception {
    Eventually polling = Eventually.within(Duration.ofSeconds(5)).every(Duration.ofMillis(1));

    assertEquals(3, polling.until(reads::incrementAndGet, read -> read >= 3, "three reads"));
    assertEquals(3, reads.get());
  }

  @Test
  void aValueThatHoldsAtOnceIsReadOnce() throws Exception {
    assertEquals(
        "done", Eventually.within(Duration.ofSeconds(5)).until(() -> "done", "done"::equals, "x"));
  }

  @Test
  void failsOnceTheTimeIsUpNamingWhatWasExpectedAndTheLastValueSeen() {
    Eventually polling = Eventually.within(Duration.ofMillis(50)).every(Duration.ofMillis(5));

    AssertionFailedError failure =
        assertThrows(
            AssertionFailedError.class,
            () -> polling.until(reads::incrementAndGet, read -> false, "nothing queued"));

    assertEquals(
        "waited 50 ms for nothing queued; last seen: " + reads.get(), failure.getMessage());
    assertTrue(reads.get() > 1, "read again until the time was up");
  }

  @Test
  void aFailedReadEndsTheWaitWithItsOwnFailure() {
    Eventually polling = Eventually.within(Duration.ofSeconds(5)).every(Duration.ofMillis(1));

    assertThrows(
        IllegalStateException.class, () -> polling.until(this::noDatabase, value -> true, "x"));
    assertEquals(1, reads.get());
  }

  private Long noDatabase() {
    reads.incrementAndGet();
    throw new IllegalStateException("no database");
  }
}
