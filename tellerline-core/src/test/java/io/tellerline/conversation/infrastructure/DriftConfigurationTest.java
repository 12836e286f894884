package io.tellerline.conversation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.domain.DriftFigure;
import io.tellerline.conversation.domain.DriftThresholds;
import io.tellerline.platform.BoundedConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftConfigurationTest {

  private static DriftThresholds with(Map<String, String> values) {
    return DriftConfiguration.from(new BoundedConfig(key -> Optional.ofNullable(values.get(key))));
  }

  @Test
  void defaultsAndOverrides() {
    DriftThresholds thresholds =
        with(
            Map.of(
                "tellerline.drift.escalation-rate-points",
                "25",
                "tellerline.drift.min-turns",
                "50"));
    assertEquals(0.25, thresholds.threshold(DriftFigure.ESCALATION_RATE), 1e-9);
    assertEquals(0.10, thresholds.threshold(DriftFigure.MEAN_CONFIDENCE), 1e-9);
    assertEquals(50, thresholds.minTurns());
    assertEquals(Duration.ofHours(24), thresholds.recent());
    assertEquals(Duration.ofDays(7), thresholds.baseline());
  }

  @Test
  void aValueOutOfBoundsFailsNamingItsKey() {
    RuntimeException failure =
        assertThrows(
            RuntimeException.class,
            () -> with(Map.of("tellerline.drift.not-understood-rate-points", "0")));
    assertTrue(
        failure.getMessage().contains("tellerline.drift.not-understood-rate-points"),
        failure.getMessage());
  }
}
