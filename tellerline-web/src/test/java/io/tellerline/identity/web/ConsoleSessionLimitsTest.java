package io.tellerline.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.identity.application.StaffSessionAudit.Ending;
import io.tellerline.platform.BoundedConfig;
import io.tellerline.platform.SessionLimits;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The console's session limits in production (the browser test runs with shorter ones). */
class ConsoleSessionLimitsTest {

  private static final Instant SIGN_IN = Instant.parse("2026-12-06T08:00:00Z");

  @Test
  void productionEndsAConsoleAfterFifteenIdleMinutesAndTenHoursWarningAMinuteBefore() {
    ConsoleSessionLimits production = configured(Map.of());
    assertEquals(Duration.ofMinutes(15), production.idle());
    assertEquals(Duration.ofMinutes(1), production.warning());
    assertEquals(Duration.ofHours(10), production.absolute());
    assertEquals(Duration.ofMinutes(1), production.tokenRefresh);
  }

  @Test
  void endsAnIdleSessionAndOneOverItsAbsoluteLimit() {
    ConsoleSessionLimits limits = limits(Duration.ofMinutes(15), Duration.ofHours(10));
    ConsoleSessionTimes times = ConsoleSessionTimes.startedAt(SIGN_IN);

    assertEquals(Optional.empty(), limits.over(times, SIGN_IN.plusSeconds(14 * 60 + 59)));
    assertEquals(Optional.of(Ending.IDLE_TIMEOUT), limits.over(times, SIGN_IN.plusSeconds(900)));

    ConsoleSessionTimes busy = times.activeAt(SIGN_IN.plus(Duration.ofHours(10)).minusSeconds(1));
    assertEquals(
        Optional.empty(), limits.over(busy, SIGN_IN.plus(Duration.ofHours(10)).minusMillis(1)));
    assertEquals(
        Optional.of(Ending.ABSOLUTE_TIMEOUT),
        limits.over(busy, SIGN_IN.plus(Duration.ofHours(10))));
  }

  @Test
  void aStepUpKeepsTheSessionsStartAndARefreshIsNoActivity() {
    ConsoleSessionLimits limits = limits(Duration.ofMinutes(15), Duration.ofHours(10));
    ConsoleSessionTimes times =
        ConsoleSessionTimes.startedAt(SIGN_IN)
            .signedInAgainAt(SIGN_IN.plusSeconds(600))
            .refreshedAt(SIGN_IN.plusSeconds(1500));
    assertEquals(SIGN_IN, times.signedInAt());
    assertEquals(
        Optional.of(Ending.IDLE_TIMEOUT), limits.over(times, SIGN_IN.plusSeconds(600 + 900)));
    assertTrue(limits.refreshDue(times, SIGN_IN.plusSeconds(1560)));
    assertFalse(limits.refreshDue(times, SIGN_IN.plusSeconds(1559)));
  }

  @Test
  void aLongerConfigurationIsAnErrorNamingItsKeyAndAShorterOneIsServed() {
    for (Map.Entry<String, String> tooLong :
        Map.of(
                "tellerline.console.idle-timeout", "PT16M",
                "tellerline.console.session-max", "PT11H",
                "tellerline.console.token-refresh", "PT5M",
                "tellerline.console.idle-warning", "PT1H")
            .entrySet()) {
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> configured(Map.of(tooLong.getKey(), tooLong.getValue())));
      assertTrue(refused.getMessage().contains(tooLong.getKey()), refused.getMessage());
    }
    ConsoleSessionLimits test =
        configured(
            Map.of(
                "tellerline.console.idle-timeout", "PT20S",
                "tellerline.console.idle-warning", "PT30S"));
    assertEquals(Duration.ofSeconds(20), test.idle());
    assertEquals(Duration.ofSeconds(10), test.warning(), "a warning longer than the idle time");
  }

  @Test
  void livePageRequestsAreNoActivityButThePersonsRequestsAre() {
    assertFalse(ConsoleSessionKeeper.isActivity(request("GET", "/console/events", Map.of())));
    assertFalse(ConsoleSessionKeeper.isActivity(request("GET", "/console/session", Map.of())));
    assertFalse(
        ConsoleSessionKeeper.isActivity(
            request("POST", "/console/index.xhtml", Map.of("tellerline.live", "true"))));
    assertTrue(ConsoleSessionKeeper.isActivity(request("POST", "/console/session", Map.of())));
    assertTrue(ConsoleSessionKeeper.isActivity(request("GET", "/console/index.xhtml", Map.of())));
    assertTrue(
        ConsoleSessionKeeper.isActivity(request("POST", "/console/conversation.xhtml", Map.of())));
  }

  @Test
  void onlyThePagesOwnRequestsAreBackgroundAndEndNothingWhenOverTheLimit() {
    assertTrue(ConsoleSessionKeeper.isBackground(request("GET", "/console/events", Map.of())));
    assertTrue(ConsoleSessionKeeper.isBackground(request("GET", "/console/session", Map.of())));
    assertTrue(
        ConsoleSessionKeeper.isBackground(
            request("POST", "/console/index.xhtml", Map.of("Faces-Request", "partial/ajax"))));
    assertFalse(ConsoleSessionKeeper.isBackground(request("POST", "/console/logout", Map.of())));
    assertFalse(ConsoleSessionKeeper.isBackground(request("GET", "/console/", Map.of())));
  }

  private static ConsoleSessionLimits configured(Map<String, String> values) {
    ConsoleSessionLimits limits = new ConsoleSessionLimits();
    limits.limitsFrom(new BoundedConfig(key -> Optional.ofNullable(values.get(key))));
    return limits;
  }

  private static ConsoleSessionLimits limits(Duration idle, Duration max) {
    ConsoleSessionLimits limits = new ConsoleSessionLimits();
    limits.limits = new SessionLimits(idle, Duration.ofMinutes(1), max);
    limits.tokenRefresh = Duration.ofMinutes(1);
    return limits;
  }

  private static HttpServletRequest request(
      String method, String path, Map<String, String> parameters) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, called, args) ->
                switch (called.getName()) {
                  case "getMethod" -> method;
                  case "getContextPath" -> "/app";
                  case "getRequestURI" -> "/app" + path;
                  case "getParameter", "getHeader" -> parameters.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(called.getName());
                });
  }
}
