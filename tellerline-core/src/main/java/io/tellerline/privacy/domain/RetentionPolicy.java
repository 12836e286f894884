package io.tellerline.privacy.domain;

import java.time.Duration;

/**
 * Retention as configured.
 *
 * @param schedule the period of each class
 * @param batchSize rows (or conversations) deleted per transaction
 * @param maxDuration how long one run may delete before it leaves the rest to the next
 * @param enabled whether the timer runs it (dry runs and manual runs work either way)
 */
public record RetentionPolicy(
    RetentionSchedule schedule, int batchSize, Duration maxDuration, boolean enabled) {

  public static final int MIN_BATCH = 10;
  public static final int MAX_BATCH = 10_000;

  public RetentionPolicy {
    if (batchSize < MIN_BATCH || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException("batch size out of bounds: " + batchSize);
    }
  }
}
