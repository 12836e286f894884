package io.tellerline.conversation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The conversations a dashboard reads: those that started in {@code [from, to)}, at most a year, so
 * that one request cannot make the database read everything.
 */
public record KpiPeriod(Instant from, Instant to) {

  public static final Duration LONGEST = Duration.ofDays(366);

  public KpiPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a period ends after it starts");
    }
    if (Duration.between(from, to).compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("a period is at most " + LONGEST.toDays() + " days");
    }
  }
}
