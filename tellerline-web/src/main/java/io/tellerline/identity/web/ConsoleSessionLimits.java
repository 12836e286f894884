package io.tellerline.identity.web;

import io.tellerline.identity.application.StaffSessionAudit.Ending;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a console session may last: an idle limit (PCI DSS 8.2.8: 15 minutes) that only the
 * staff member's own requests reset, never live updates; an absolute limit after sign-in; and how
 * often the session re-checks its roles and its Keycloak session with a refresh-token grant.
 * Configuration may make the limits shorter, never longer.
 */
@ApplicationScoped
public class ConsoleSessionLimits {

  static final Duration LONGEST_IDLE = Duration.ofMinutes(15);
  static final Duration LONGEST_SESSION = Duration.ofHours(10);

  /** Below the realm's SSO idle (5 min), so that an open console keeps its Keycloak session. */
  static final Duration LONGEST_REFRESH = Duration.ofMinutes(4);

  @Inject
  @ConfigProperty(name = "tellerline.console.idle-timeout", defaultValue = "PT15M")
  Duration idleTimeout;

  @Inject
  @ConfigProperty(name = "tellerline.console.idle-warning", defaultValue = "PT1M")
  Duration idleWarning;

  @Inject
  @ConfigProperty(name = "tellerline.console.session-max", defaultValue = "PT10H")
  Duration sessionMax;

  /** Also bounds how long a disabled member of staff keeps a console that back-channel missed. */
  @Inject
  @ConfigProperty(name = "tellerline.console.token-refresh", defaultValue = "PT1M")
  Duration tokenRefresh;

  Duration idle() {
    return shorter(idleTimeout, LONGEST_IDLE);
  }

  Duration warning() {
    Duration idle = idle();
    return idleWarning.compareTo(idle) >= 0 ? idle.dividedBy(2) : idleWarning;
  }

  Duration absolute() {
    return shorter(sessionMax, LONGEST_SESSION);
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
    return !now.isBefore(times.refreshedAt().plus(shorter(tokenRefresh, LONGEST_REFRESH)));
  }

  long idleSecondsLeft(ConsoleSessionTimes times, Instant now) {
    return Math.max(0, Duration.between(now, times.lastActivityAt().plus(idle())).toSeconds());
  }

  long absoluteSecondsLeft(ConsoleSessionTimes times, Instant now) {
    return Math.max(0, Duration.between(now, times.signedInAt().plus(absolute())).toSeconds());
  }

  private static Duration shorter(Duration configured, Duration longest) {
    return configured.isNegative() || configured.compareTo(longest) > 0 ? longest : configured;
  }
}
