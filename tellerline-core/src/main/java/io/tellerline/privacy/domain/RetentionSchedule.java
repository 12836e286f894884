package io.tellerline.privacy.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each {@link RetentionClass} is kept, and so, for a given moment, from which time on its
 * rows are still kept (the cut-off).
 *
 * @param periods the period of every class
 */
public record RetentionSchedule(Map<RetentionClass, Duration> periods) {

  public RetentionSchedule {
    EnumMap<RetentionClass, Duration> complete = new EnumMap<>(RetentionClass.class);
    for (RetentionClass kind : RetentionClass.values()) {
      Duration period = periods.get(kind);
      if (period == null) {
        throw new IllegalArgumentException("no retention period for " + kind.key());
      }
      if (period.compareTo(RetentionClass.MIN) < 0 || period.compareTo(RetentionClass.MAX) > 0) {
        throw new IllegalArgumentException(
            "retention period of " + kind.key() + " out of bounds: " + period);
      }
      complete.put(kind, period);
    }
    periods = Collections.unmodifiableMap(complete);
  }

  /** Every class with its default period. */
  public static RetentionSchedule defaults() {
    EnumMap<RetentionClass, Duration> periods = new EnumMap<>(RetentionClass.class);
    for (RetentionClass kind : RetentionClass.values()) {
      periods.put(kind, kind.fallback());
    }
    return new RetentionSchedule(periods);
  }

  /** For each class, rows older than this are due at {@code asOf}. */
  public Map<RetentionClass, Instant> cutoffs(Instant asOf) {
    EnumMap<RetentionClass, Instant> cutoffs = new EnumMap<>(RetentionClass.class);
    periods.forEach((kind, period) -> cutoffs.put(kind, asOf.minus(period)));
    return Collections.unmodifiableMap(cutoffs);
  }
}
