package io.tellerline.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.identity.domain.AuthenticationLevel;
import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.AuthenticationRequirement;
import io.tellerline.nlu.IntentCatalogue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthenticationPolicyFileTest {

  private static final Set<String> MONEY_MOVEMENT =
      Set.of("transfer_money", "payee_add", "standing_order", "direct_debit");

  private final AuthenticationPolicy bundled =
      AuthenticationPolicyFile.bundled(a -> Optional.empty());

  @Test
  void everyIntentOfTheCatalogueHasARule() {
    for (IntentCatalogue.Intent intent : IntentCatalogue.bundled().all().values()) {
      assertTrue(
          bundled.actions().contains(intent.name()), intent.name() + " is not in the policy");
    }
  }

  @Test
  void sensitiveIntentsNeedRecentMfaAndMoneyMovementWithinFiveMinutes() {
    for (IntentCatalogue.Intent intent : IntentCatalogue.bundled().all().values()) {
      AuthenticationRequirement rule = bundled.requirementFor(intent.name());
      if (!intent.sensitive()) {
        continue;
      }
      assertEquals(AuthenticationLevel.MFA, rule.level(), intent.name());
      Duration maxAge = rule.maxAge().orElseThrow(() -> new AssertionError(intent.name()));
      Duration limit =
          MONEY_MOVEMENT.contains(intent.name()) ? Duration.ofMinutes(5) : Duration.ofMinutes(15);
      assertTrue(maxAge.compareTo(limit) <= 0, intent.name() + " allows " + maxAge);
    }
  }

  @Test
  void aConfiguredMaxAgeOverridesTheFileAndChangesTheVersion() {
    AuthenticationPolicy shorter =
        AuthenticationPolicyFile.bundled(
            action -> action.equals("transfer_money") ? Optional.of("PT2M") : Optional.empty());
    assertEquals(
        Optional.of(Duration.ofMinutes(2)), shorter.requirementFor("transfer_money").maxAge());
    assertNotEquals(bundled.version(), shorter.version());
    assertEquals(
        bundled.version(), AuthenticationPolicyFile.bundled(a -> Optional.empty()).version());
    assertTrue(bundled.version().matches("authn-[0-9a-f]{12}"), bundled.version());
  }

  @Test
  void overridesAreBoundedAndABlankOneKeepsTheFilesValue() {
    assertEquals(
        Optional.of(Duration.ofMinutes(5)),
        withOverride("transfer_money", " ").requirementFor("transfer_money").maxAge());
    assertEquals(bundled.version(), withOverride("transfer_money", "").version());
    // money movement: only stricter
    assertThrows(IllegalStateException.class, () -> withOverride("transfer_money", "PT6M"));
    assertThrows(IllegalStateException.class, () -> withOverride("payee_add", "PT24H"));
    assertThrows(IllegalStateException.class, () -> withOverride("transfer_money", "PT0S"));
    assertThrows(IllegalStateException.class, () -> withOverride("transfer_money", "-PT1M"));
    // every other action: only stricter too (one operator cannot loosen the reviewed file)
    assertEquals(
        Optional.of(Duration.ofMinutes(10)),
        withOverride("card_activate", "PT10M").requirementFor("card_activate").maxAge());
    assertThrows(IllegalStateException.class, () -> withOverride("card_activate", "PT16M"));
    assertThrows(IllegalStateException.class, () -> withOverride("staff.reveal_pii", "PT30M"));
    assertThrows(IllegalStateException.class, () -> withOverride("card_pin", "PT6M"));
    // an action without a maximum age may get one: that is stricter
    assertEquals(
        Optional.of(Duration.ofHours(1)),
        withOverride("account_balance", "PT1H").requirementFor("account_balance").maxAge());
  }

  @Test
  void everyCustomerRequestNeedsAtLeastAPassword() {
    AuthenticationRequirement minimum =
        bundled.requirementFor(AuthenticationPolicy.CUSTOMER_REQUEST);
    assertEquals(AuthenticationLevel.PASSWORD, minimum.level());
    assertTrue(bundled.actions().contains(AuthenticationPolicy.CUSTOMER_REQUEST));
  }

  private static AuthenticationPolicy withOverride(String action, String value) {
    return AuthenticationPolicyFile.bundled(
        a -> a.equals(action) ? Optional.of(value) : Optional.empty());
  }

  @Test
  void aMalformedPolicyStopsStartUp() {
    assertThrows(IllegalStateException.class, () -> read("x,superuser,,\n"));
    assertThrows(IllegalStateException.class, () -> read("x,mfa,five minutes,\n"));
    assertThrows(IllegalStateException.class, () -> read("x,mfa,PT5M,\nx,password,,\n"));
    assertThrows(IllegalArgumentException.class, () -> read("x,mfa,PT0S,\n"));
  }

  private static AuthenticationPolicy read(String rows) throws Exception {
    return AuthenticationPolicyFile.read(
        new StringReader("action,required_acr,max_age,category\n" + rows), a -> Optional.empty());
  }
}
