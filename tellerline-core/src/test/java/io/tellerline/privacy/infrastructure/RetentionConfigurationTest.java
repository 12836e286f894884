package io.tellerline.privacy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.platform.BoundedConfig;
import io.tellerline.privacy.domain.RetentionClass;
import io.tellerline.privacy.domain.RetentionPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionConfigurationTest {

  @Test
  void defaultsWhenNothingIsConfigured() {
    RetentionPolicy policy = RetentionConfiguration.from(config(Map.of()), true);
    assertEquals(500, policy.batchSize());
    assertEquals(Duration.ofMinutes(10), policy.maxDuration());
    for (RetentionClass kind : RetentionClass.values()) {
      assertEquals(kind.fallback(), policy.schedule().periods().get(kind));
    }
  }

  @Test
  void aConfiguredPeriodReplacesItsDefault() {
    RetentionPolicy policy =
        RetentionConfiguration.from(config(Map.of("tellerline.retention.reveals", "P30D")), true);
    assertEquals(Duration.ofDays(30), policy.schedule().periods().get(RetentionClass.REVEALS));
  }

  @Test
  void aPeriodOutOfBoundsFailsNamingItsKey() {
    IllegalStateException failed =
        assertThrows(
            IllegalStateException.class,
            () ->
                RetentionConfiguration.from(
                    config(Map.of("tellerline.retention.conversations", "PT1H")), true));
    assertTrue(failed.getMessage().contains("tellerline.retention.conversations"));
    assertThrows(
        IllegalStateException.class,
        () ->
            RetentionConfiguration.from(
                config(Map.of("tellerline.retention.batch-size", "5")), true));
  }

  private static BoundedConfig config(Map<String, String> values) {
    return new BoundedConfig(key -> Optional.ofNullable(values.get(key)));
  }
}
