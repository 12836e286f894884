package io.tellerline.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthenticationPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private final AuthenticationPolicy policy =
      new AuthenticationPolicy(
          "test-1",
          Map.of(
              "account_balance",
              AuthenticationRequirement.of(AuthenticationLevel.PASSWORD, null),
              "transfer_money",
              AuthenticationRequirement.of(AuthenticationLevel.MFA, Duration.ofMinutes(5))));

  @Test
  void passwordIsEnoughForReadingOwnData() {
    PolicyDecision decision = policy.decide("account_balance", caller("password", null), NOW);
    assertTrue(decision.allowed());
    assertEquals("test-1", decision.policyVersion());
  }

  @Test
  void aSessionRestoredWithoutAnyLevelIsNotEvenPasswordLevel() {
    assertFalse(policy.decide("account_balance", caller("0", null), NOW).allowed());
    assertFalse(policy.decide("account_balance", caller(null, null), NOW).allowed());
  }

  @Test
  void moneyMovementNeedsMfa() {
    PolicyDecision decision =
        policy.decide("transfer_money", caller("password", NOW.minusSeconds(10)), NOW);
    assertEquals(PolicyDecision.Verdict.STEP_UP_REQUIRED, decision.verdict());
    assertEquals(AuthenticationLevel.MFA, decision.requirement().level());
    assertEquals(Optional.of(Duration.ofMinutes(5)), decision.requirement().maxAge());
    assertEquals("authentication level password is below mfa", decision.reason());
  }

  @Test
  void freshMfaIsAllowedAndStaleMfaIsNot() {
    assertTrue(
        policy.decide("transfer_money", caller("mfa", NOW.minusSeconds(299)), NOW).allowed());
    assertTrue(
        policy.decide("transfer_money", caller("mfa", NOW.minusSeconds(300)), NOW).allowed());
    PolicyDecision stale =
        policy.decide("transfer_money", caller("mfa", NOW.minusSeconds(301)), NOW);
    assertFalse(stale.allowed());
    assertEquals("authenticated 301 s ago, the policy allows 300 s", stale.reason());
  }

  @Test
  void anAuthenticationTimeInTheFutureIsRefusedWithOrWithoutAMaxAge() {
    Instant future = NOW.plus(AuthenticationPolicy.CLOCK_TOLERANCE).plusSeconds(1);
    PolicyDecision fresh = policy.decide("transfer_money", caller("mfa", future), NOW);
    assertFalse(fresh.allowed());
    assertEquals("the token says the caller authenticated in the future", fresh.reason());
    assertFalse(policy.decide("account_balance", caller("password", future), NOW).allowed());
    // A clock a little ahead counts as "just now", never as a negative age.
    assertTrue(policy.decide("transfer_money", caller("mfa", NOW.plusSeconds(29)), NOW).allowed());
  }

  @Test
  void mfaWithoutAnAuthenticationTimeIsNotFresh() {
    PolicyDecision decision = policy.decide("transfer_money", caller("mfa", null), NOW);
    assertFalse(decision.allowed());
    assertEquals("the token does not say when the caller authenticated", decision.reason());
  }

  @Test
  void anUnlistedActionGetsTheStrictestRule() {
    assertEquals(AuthenticationPolicy.UNLISTED, policy.requirementFor("something_new"));
    assertFalse(policy.decide("something_new", caller("password", NOW), NOW).allowed());
    assertTrue(policy.decide("something_new", caller("mfa", NOW.minusSeconds(60)), NOW).allowed());
  }

  @Test
  void acrNamesAreReadStrictly() {
    assertEquals(AuthenticationLevel.MFA, AuthenticationLevel.fromAcr(" MFA "));
    assertEquals(AuthenticationLevel.NONE, AuthenticationLevel.fromAcr("2"));
    assertEquals(AuthenticationLevel.NONE, AuthenticationLevel.fromAcr("mfa2"));
  }

  private static Caller caller(String acr, Instant authenticatedAt) {
    return new Caller(
        "subject",
        "alice",
        Set.of(Role.CUSTOMER),
        acr,
        List.of(),
        Optional.ofNullable(authenticatedAt));
  }
}
