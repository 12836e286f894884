package io.tellerline.conversation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One limit on what a customer may use: how many times ({@code allowed}) within a fixed window (a
 * minute, a day), or for good ({@link #FOREVER}: e.g. messages in one conversation).
 */
public record UsageLimit(String name, int allowed, Duration window) {

  /** A window that never ends: the limit counts everything ever. */
  public static final Duration FOREVER = Duration.ZERO;

  public UsageLimit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(window, "window");
    if (allowed < 1) {
      throw new IllegalArgumentException(name + " must allow at least 1, not " + allowed);
    }
  }

  /** The start of the window that {@code now} falls in (windows are aligned to the epoch). */
  public Instant windowStart(Instant now) {
    if (window.isZero()) {
      return Instant.EPOCH;
    }
    long size = window.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
  }

  /** How long until the window that {@code now} falls in ends (a day or more for FOREVER). */
  public Duration untilNextWindow(Instant now) {
    if (window.isZero()) {
      return Duration.ofDays(1);
    }
    return Duration.between(now, windowStart(now).plus(window));
  }
}
