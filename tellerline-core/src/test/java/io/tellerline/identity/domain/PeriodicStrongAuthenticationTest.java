package io.tellerline.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** PSD2 RTS Art. 10: password-level account information only within 180 days of the last SCA. */
class PeriodicStrongAuthenticationTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

  @Test
  void aPasswordSignInIsEnoughWithinOneHundredEightyDaysOfTheLastStrongOne() {
    Optional<Instant> last = Optional.of(NOW.minus(Duration.ofDays(180)));

    assertTrue(decide("password", last).allowed());
  }

  @Test
  void aPasswordSignInAfterOneHundredEightyDaysOrWithoutAnyStrongOneAsksForTheSecondFactor() {
    PolicyDecision due =
        decide("password", Optional.of(NOW.minus(Duration.ofDays(180).plusSeconds(1))));
    PolicyDecision never = decide("password", Optional.empty());

    assertFalse(due.allowed());
    assertFalse(never.allowed());
    assertEquals(AuthenticationLevel.MFA, due.requirement().level());
    assertEquals(PeriodicStrongAuthentication.ACTION, never.action());
    assertTrue(never.reason().contains("no strong authentication"), never.reason());
  }

  @Test
  void aStrongSignInIsAlwaysEnoughAndAWeakerOneNever() {
    assertTrue(decide("mfa", Optional.empty()).allowed());
    assertFalse(decide("0", Optional.empty()).allowed());
  }

  private static PolicyDecision decide(String acr, Optional<Instant> last) {
    Caller caller =
        new Caller("sub", "alice", Set.of("customer"), acr, List.of(), Optional.of(NOW));
    return PeriodicStrongAuthentication.decide(caller, last, NOW, "test-1");
  }
}
