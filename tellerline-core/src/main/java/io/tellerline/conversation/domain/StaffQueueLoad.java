package io.tellerline.conversation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many conversations wait for staff, and since when the one that has waited longest waits
 * (empty when none waits).
 */
public record StaffQueueLoad(long waiting, Optional<Instant> longestWaitingSince) {

  /** How long the longest-waiting conversation has waited at {@code now}; zero when none waits. */
  public Duration longestWait(Instant now) {
    return longestWaitingSince
        .map(since -> Duration.between(since, now))
        .filter(wait -> !wait.isNegative())
        .orElse(Duration.ZERO);
  }
}
