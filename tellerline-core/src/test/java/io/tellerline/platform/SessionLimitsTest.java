package io.tellerline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  @Test
  void defaultsAreTheCeilingsAndAMinutesWarning() {
    SessionLimits limits = read(Map.of());
    assertEquals(FIVE_MINUTES, limits.idle());
    assertEquals(Duration.ofMinutes(1), limits.warning());
    assertEquals(Duration.ofMinutes(30), limits.absolute());
  }

  @Test
  void shorterValuesAreTakenUnderTheirPrefixAndLongerOnesRefusedByName() {
    SessionLimits shorter =
        read(Map.of("x.idle-timeout", "PT20S", "x.idle-warning", "PT5S", "x.session-max", "PT2M"));
    assertEquals(
        new SessionLimits(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofMinutes(2)),
        shorter);

    IllegalStateException tooLong =
        assertThrows(IllegalStateException.class, () -> read(Map.of("x.idle-timeout", "PT6M")));
    assertEquals(
        "configuration x.idle-timeout must be from PT10S to PT5M, not PT6M", tooLong.getMessage());
    assertThrows(IllegalStateException.class, () -> read(Map.of("x.session-max", "PT13H")));
    assertThrows(IllegalStateException.class, () -> read(Map.of("x.idle-warning", "PT0S")));
  }

  @Test
  void aWarningNoShorterThanTheIdleTimeComesHalfWay() {
    SessionLimits limits = read(Map.of("x.idle-timeout", "PT20S", "x.idle-warning", "PT1M"));
    assertEquals(Duration.ofSeconds(10), limits.warning());
  }

  private static SessionLimits read(Map<String, String> values) {
    return SessionLimits.read(
        new BoundedConfig(key -> Optional.ofNullable(values.get(key))),
        "x.",
        FIVE_MINUTES,
        Duration.ofMinutes(30),
        Duration.ofHours(12));
  }
}
