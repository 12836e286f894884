package io.tellerline.platform;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Numbers and durations from the configuration, each within the bounds that keep it meaningful (a
 * limit of 0 would refuse every customer; an idle time over five minutes would break PSD2). A value
 * that is malformed or out of bounds is a configuration error: it fails with the key named and the
 * bounds, instead of running with a value nobody meant.
 */
public final class BoundedConfig {

  private final Function<String, Optional<String>> values;

  /**
   * @param values the configured value of a key, if any
   */
  public BoundedConfig(Function<String, Optional<String>> values) {
    this.values = values;
  }

  /** The values of MicroProfile Config (system properties, environment, property files). */
  public static BoundedConfig of(Config config) {
    return new BoundedConfig(key -> config.getOptionalValue(key, String.class));
  }

  /**
   * @throws IllegalStateException naming the key when the value is no whole number or out of bounds
   */
  public int number(String key, int fallback, int min, int max) {
    int value = read(key, fallback, Integer::valueOf, "a whole number");
    if (value < min || value > max) {
      throw outOfBounds(key, value, min, max);
    }
    return value;
  }

  /**
   * @throws IllegalStateException naming the key when the value is no ISO-8601 duration (e.g.
   *     {@code PT5M}) or out of bounds
   */
  public Duration duration(String key, Duration fallback, Duration min, Duration max) {
    Duration value = read(key, fallback, Duration::parse, "an ISO-8601 duration such as PT5M");
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw outOfBounds(key, value, min, max);
    }
    return value;
  }

  private <T> T read(String key, T fallback, Function<String, T> parse, String expected) {
    Optional<String> configured = values.apply(key).map(String::strip);
    if (configured.isEmpty()) {
      return fallback;
    }
    try {
      return parse.apply(configured.get());
    } catch (NumberFormatException | DateTimeParseException malformed) {
      throw new IllegalStateException(
          "configuration " + key + " must be " + expected + ", not \"" + configured.get() + "\"");
    }
  }

  private static IllegalStateException outOfBounds(
      String key, Object value, Object min, Object max) {
    return new IllegalStateException(
        "configuration " + key + " must be from " + min + " to " + max + ", not " + value);
  }
}
