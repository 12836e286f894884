package io.tellerline.platform;

import java.time.Duration;

/**
 * How long a signed-in person may stay: an idle limit, a warning before it, and an absolute length,
 * read under one key prefix ({@code <prefix>idle-timeout}, {@code idle-warning}, {@code
 * session-max}). Configuration may shorten the limits, never lengthen them past their regulatory
 * ceiling ({@link BoundedConfig}): the chat's idle limit is PSD2's five minutes, the console's PCI
 * DSS's fifteen.
 *
 * @param idle inactivity after which the session ends
 * @param configuredWarning how long before that the person is warned, as configured
 * @param absolute the longest a session lasts after sign-in, active or not
 */
public record SessionLimits(Duration idle, Duration configuredWarning, Duration absolute) {

  private static final Duration SHORTEST_IDLE = Duration.ofSeconds(10);
  private static final Duration DEFAULT_WARNING = Duration.ofMinutes(1);
  private static final Duration SHORTEST_SESSION = Duration.ofMinutes(1);

  /**
   * @param prefix the configuration keys' common start, e.g. {@code tellerline.chat.}
   * @param longestIdle the idle limit's default and ceiling
   * @param defaultSession the absolute length when none is configured
   * @param longestSession the absolute length's ceiling
   * @throws IllegalStateException naming the key when a value is malformed or out of bounds
   */
  public static SessionLimits read(
      BoundedConfig config,
      String prefix,
      Duration longestIdle,
      Duration defaultSession,
      Duration longestSession) {
    return new SessionLimits(
        config.duration(prefix + "idle-timeout", longestIdle, SHORTEST_IDLE, longestIdle),
        config.duration(
            prefix + "idle-warning", DEFAULT_WARNING, Duration.ofSeconds(1), longestIdle),
        config.duration(prefix + "session-max", defaultSession, SHORTEST_SESSION, longestSession));
  }

  /** The warning; one as long as the idle time itself would come at once, so it comes half-way. */
  public Duration warning() {
    return configuredWarning.compareTo(idle) >= 0 ? idle.dividedBy(2) : configuredWarning;
  }
}
