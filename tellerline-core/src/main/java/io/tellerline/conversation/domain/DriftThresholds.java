package io.tellerline.conversation.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * When a figure has drifted: its change from the baseline window to the recent window beyond the
 * figure's threshold (a rise of a rate, a fall of the mean confidence), in groups with at least
 * {@code minTurns} messages in both windows (fewer say nothing). Thresholds are shares in (0, 1].
 */
public record DriftThresholds(
    Map<DriftFigure, Double> maxChange, int minTurns, Duration recent, Duration baseline) {

  public DriftThresholds {
    maxChange = new EnumMap<>(maxChange);
    for (DriftFigure figure : DriftFigure.values()) {
      Double threshold = maxChange.get(figure);
      if (threshold == null || !(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException(figure + "'s threshold must be in (0, 1]: " + threshold);
      }
    }
    if (minTurns < 1 || minTurns > 1_000_000) {
      throw new IllegalArgumentException("minimum turns must be in [1, 1000000]: " + minTurns);
    }
    if (recent.compareTo(Duration.ofMinutes(10)) < 0 || recent.compareTo(Duration.ofDays(31)) > 0) {
      throw new IllegalArgumentException("the recent window must be 10 minutes to 31 days");
    }
    if (baseline.compareTo(recent) < 0 || baseline.compareTo(Duration.ofDays(92)) > 0) {
      throw new IllegalArgumentException(
          "the baseline must be as long as the recent window to 92 days");
    }
  }

  public double threshold(DriftFigure figure) {
    return maxChange.get(figure);
  }
}
