package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.DriftFigure;
import io.tellerline.conversation.domain.DriftThresholds;
import io.tellerline.platform.BoundedConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Drift thresholds from MicroProfile Config: {@code tellerline.drift.<figure>-points} (how many
 * percentage points a rate may rise, or the mean confidence fall, in 1..100; default 10), {@code
 * tellerline.drift.min-turns} (default 20), {@code tellerline.drift.recent} (default PT24H) and
 * {@code tellerline.drift.baseline} (default P7D, the window before the recent one). A value out of
 * bounds fails the deployment, naming the key.
 */
@ApplicationScoped
public class DriftConfiguration {

  @Produces
  DriftThresholds thresholds() {
    return from(BoundedConfig.of(ConfigProvider.getConfig()));
  }

  static DriftThresholds from(BoundedConfig config) {
    Map<DriftFigure, Double> changes = new EnumMap<>(DriftFigure.class);
    for (DriftFigure figure : DriftFigure.values()) {
      changes.put(figure, config.number(key(figure), 10, 1, 100) / 100.0);
    }
    return new DriftThresholds(
        changes,
        config.number("tellerline.drift.min-turns", 20, 1, 1_000_000),
        config.duration(
            "tellerline.drift.recent",
            Duration.ofHours(24),
            Duration.ofMinutes(10),
            Duration.ofDays(31)),
        config.duration(
            "tellerline.drift.baseline",
            Duration.ofDays(7),
            Duration.ofMinutes(10),
            Duration.ofDays(92)));
  }

  /** E.g. {@code tellerline.drift.not-understood-rate-points}. */
  static String key(DriftFigure figure) {
    return "tellerline.drift."
        + figure.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "-points";
  }
}
