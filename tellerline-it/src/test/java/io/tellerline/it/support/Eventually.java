package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waits for what the server does in the background (the audit sequencer and signer, key rotation
 * jobs): reads a value again and again until it satisfies a condition, or fails with the last value
 * read once the time is up, so that a timeout says how far the server got.
 */
public record Eventually(Duration within, Duration every) {

  private static final Duration HALF_A_SECOND = Duration.ofMillis(500);

  /** Reading every half second, as the server's background jobs run every second. */
  public static Eventually within(Duration within) {
    return new Eventually(within, HALF_A_SECOND);
  }

  public Eventually every(Duration interval) {
    return new Eventually(within, interval);
  }

  /**
   * The first value read that {@code holds}; reads once more after the time is up, so a slow read
   * near the end is not wasted. {@code expected} says what was waited for, in the failure message.
   */
  public <T> T until(Callable<T> read, Predicate<? super T> holds, String expected)
      throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      T value = read.call();
      if (holds.test(value)) {
        return value;
      }
      if (System.nanoTime() - deadline >= 0) {
        return fail("waited " + seconds(within) + " for " + expected + "; last seen: " + value);
      }
      Thread.sleep(every.toMillis());
    }
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }
}
