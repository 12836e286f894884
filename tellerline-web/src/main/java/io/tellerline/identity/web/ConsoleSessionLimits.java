package io.tellerline.identity.web;

import io.tellerline.identity.application.StaffSessionAudit.Ending;
import io.tellerline.platform.BoundedConfig;
import io.tellerline.platform.SessionLimits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a console session may last: an idle limit (PCI DSS 8.2.8: 15 minutes) that only the
 * staff member's own requests reset, never live updates; an absolute limit after sign-in; and how
 * often the session re-checks its roles and its Keycloak session with a refresh-token grant.
 * Configuration may make the limits shorter, never longer ({@link BoundedConfig}).
 */
@ApplicationScoped
public class ConsoleSessionLimits {

  static final Duration LONGEST_IDLE = Duration.ofMinutes(15);
  static final Duration LONGEST_SESSION = Duration.ofHours(10);

  /** Below the realm's SSO idle (5 min), so that an open console keeps its Keycloak session. */
  static final Duration LONGEST_REFRESH = Duration.ofMinutes(4);

  SessionLimits limits;

  /** Also bounds how long a disabled member of staff keeps a console that back-channel missed. */
  Duration tokenRefresh;

  // Not an overload of limitsFrom: Payara finds a lifecycle callback by its name alone.
  @PostConstruct
  void readConfiguration() {
    limitsFrom(BoundedConfig.of(ConfigProvider.getConfig()));
  }

  /**
   * The configured limits, each at most its longest (a longer one is a configuration error naming
   * the key, never silently served); shorter ones for tests.
   */
  void limitsFrom(BoundedConfig config) {
    limits =
        SessionLimits.read(
            config, "tellerline.console.", LONGEST_IDLE, LONGEST_SESSION, LONGEST_SESSION);
    tokenRefresh =
        config.duration(
            "tellerline.console.token-refresh",
            Duration.ofMinutes(1),
            Duration.ofSeconds(1),
            LONGEST_REFRESH);
  }

  Duration idle() {
    return limits.idle();
  }

  Duration warning() {
    return limits.warning();
  }

  Duration absolute() {
    return limits.absolute();
  }

  /** Whether the session is over, and why. */
  Optional<Ending> over(ConsoleSessionTimes times, Instant now) {
    if (!now.isBefore(times.signedInAt().plus(absolute()))) {
      return Optional.of(Ending.ABSOLUTE_TIMEOUT);
    }
    if (!now.isBefore(times.lastActivityAt().plus(idle()))) {
      return Optional.of(Ending.IDLE_TIMEOUT);
    }
    return Optional.empty();
  }

  boolean refreshDue(ConsoleSessionTimes times, Instant now) {
    return !now.isBefore(times.refreshedAt().plus(tokenRefresh));
  }

  long idleSecondsLeft(ConsoleSessionTimes times, Instant now) {
    return Math.max(0, Duration.between(now, times.lastActivityAt().plus(idle())).toSeconds());
  }

  long absoluteSecondsLeft(ConsoleSessionTimes times, Instant now) {
    return Math.max(0, Duration.between(now, times.signedInAt().plus(absolute())).toSeconds());
  }
}
