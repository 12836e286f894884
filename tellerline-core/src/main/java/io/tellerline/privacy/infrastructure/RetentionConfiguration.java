package io.tellerline.privacy.infrastructure;

import io.tellerline.platform.BoundedConfig;
import io.tellerline.privacy.domain.RetentionClass;
import io.tellerline.privacy.domain.RetentionPolicy;
import io.tellerline.privacy.domain.RetentionSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Retention from MicroProfile Config: {@code tellerline.retention.<class>} per data class (an
 * ISO-8601 period in days, e.g. {@code P1825D}), {@code tellerline.retention.batch-size}, {@code
 * tellerline.retention.max-duration} and {@code tellerline.retention.enabled}. A value out of
 * bounds fails the deployment, naming the key.
 */
@ApplicationScoped
public class RetentionConfiguration {

  /** Dependent: a record cannot be proxied; each bean that injects it reads it once. */
  @Produces
  RetentionPolicy policy() {
    return from(BoundedConfig.of(ConfigProvider.getConfig()), enabled());
  }

  static RetentionPolicy from(BoundedConfig config, boolean enabled) {
    Map<RetentionClass, Duration> periods = new EnumMap<>(RetentionClass.class);
    for (RetentionClass kind : RetentionClass.values()) {
      periods.put(
          kind,
          config.duration(
              kind.configKey(), kind.fallback(), RetentionClass.MIN, RetentionClass.MAX));
    }
    return new RetentionPolicy(
        new RetentionSchedule(periods),
        config.number(
            "tellerline.retention.batch-size",
            500,
            RetentionPolicy.MIN_BATCH,
            RetentionPolicy.MAX_BATCH),
        config.duration(
            "tellerline.retention.max-duration",
            Duration.ofMinutes(10),
            Duration.ofSeconds(10),
            Duration.ofHours(6)),
        enabled);
  }

  private static boolean enabled() {
    return ConfigProvider.getConfig()
        .getOptionalValue("tellerline.retention.enabled", Boolean.class)
        .orElse(true);
  }
}
