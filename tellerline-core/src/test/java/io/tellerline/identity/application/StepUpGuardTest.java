package io.tellerline.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.identity.infrastructure.AuthenticationPolicyFile;
import io.tellerline.kernel.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepUpGuardTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
  private static final String REVEAL = "staff.reveal_pii";

  private final List<PolicyDecision> refusals = new ArrayList<>();
  private final StepUpGuard guard = guard();

  @Test
  void aFreshSecondFactorIsAllowedAndNothingIsRecordedAsRefused() {
    PolicyDecision allowed =
        guard.require(REVEAL, staff("mfa", NOW.minusSeconds(60)), refusals::add);

    assertTrue(allowed.allowed());
    assertTrue(refusals.isEmpty());
  }

  @Test
  void aPasswordOnlySignInIsRefusedAfterTheRefusalWasRecorded() {
    StaffStepUpRequiredException refused =
        assertThrows(
            StaffStepUpRequiredException.class,
            () -> guard.require(REVEAL, staff("password", NOW.minusSeconds(60)), refusals::add));

    assertEquals(1, refusals.size(), "the refusal is audited before the action ends");
    assertSame(refusals.get(0), refused.decision());
  }

  @Test
  void aSecondFactorOlderThanThePolicyAllowsIsRefused() {
    Instant stale = NOW.minus(Duration.ofMinutes(16)); // staff.reveal_pii: mfa within 15 minutes

    assertThrows(
        StaffStepUpRequiredException.class,
        () -> guard.require(REVEAL, staff("mfa", stale), refusals::add));
    assertEquals(1, refusals.size());
  }

  @Test
  void anActionThePolicyDoesNotListNeedsMultiFactorAuthentication() {
    assertThrows(
        StaffStepUpRequiredException.class,
        () -> guard.require("staff.unlisted", staff("password", NOW), refusals::add));
  }

  private static StepUpGuard guard() {
    StepUpGuard guard = new StepUpGuard();
    guard.policy = AuthenticationPolicyFile.bundled(action -> Optional.empty());
    guard.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return guard;
  }

  private static Caller staff(String acr, Instant authenticatedAt) {
    return new Caller(
        "sub-tessa", "tessa", Set.of("staff"), acr, List.of("pwd"), Optional.of(authenticatedAt));
  }
}
