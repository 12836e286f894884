package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PSD2 RTS Art. 10 on the real server: a password sign-in reads account information only while the
 * customer's last strong authentication is at most 180 days old; an mfa token renews it.
 */
class StrongAuthenticationIT extends OnPayaraMicro {

  private final DemoUser chloe = DemoUser.named("chloe");

  @AfterEach
  void chloeIsStronglyAuthenticatedAgain() throws SQLException {
    BankDatabase.update(
        "insert into customer_strong_authentication (subject, last_at) values (?, now())"
            + " on conflict (subject) do update set last_at = now()",
        chloe.id());
  }

  @Test
  void withoutAnyStrongAuthenticationAPasswordSignInIsAskedForTheSecondFactor() throws Exception {
    deleteTheRecord();
    long denialsBefore = denials();

    HttpResponse<String> refused = Http.get(api("statements"), Keycloak.accessToken(chloe));

    assertEquals(401, refused.statusCode(), refused.body());
    String challenge = refused.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.contains("insufficient_user_authentication"), challenge);
    assertTrue(challenge.contains("acr_values=\"mfa\""), challenge);
    assertEquals(denialsBefore + 1, denials(), "the refusal is audited");
  }

  private long denials() throws SQLException {
    return BankDatabase.count(
        "select count(*) from audit_event where event_type = 'ACCESS_DENIED'"
            + " and actor = ? and payload::jsonb ->> 'reason' = ?",
        "customer:" + chloe.id(),
        "periodic_strong_authentication_due");
  }

  @Test
  void aStrongSignInIsRecordedAndThenPasswordSignInsAreEnoughAgain() throws Exception {
    deleteTheRecord();

    HttpResponse<String> strong =
        Http.get(api("statements"), Keycloak.multiFactorAccessToken(chloe));
    assertEquals(200, strong.statusCode(), strong.body());
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from customer_strong_authentication where subject = ?"
                + " and last_at > now() - interval '10 minutes'",
            chloe.id()));

    assertEquals(200, Http.get(api("statements"), Keycloak.accessToken(chloe)).statusCode());
  }

  @Test
  void theExemptionEndsAfterOneHundredEightyDays() throws Exception {
    setLastStrongAuthenticationDaysAgo(179);
    assertEquals(200, Http.get(api("statements"), Keycloak.accessToken(chloe)).statusCode());

    setLastStrongAuthenticationDaysAgo(181);
    assertEquals(401, Http.get(api("statements"), Keycloak.accessToken(chloe)).statusCode());
  }

  private void setLastStrongAuthenticationDaysAgo(int days) throws Exception {
    BankDatabase.update(
        "update customer_strong_authentication set last_at = now() - make_interval(days => ?)"
            + " where subject = ?",
        days,
        chloe.id());
    untilTheServerForgets();
  }

  private void deleteTheRecord() throws Exception {
    BankDatabase.update("delete from customer_strong_authentication where subject = ?", chloe.id());
    untilTheServerForgets();
  }

  /**
   * The server remembers a customer's record for a moment (1 s in the tests' configuration) and
   * sees a change made beside it, as these tests make to stand for the passing of days, after that.
   */
  private static void untilTheServerForgets() throws InterruptedException {
    Thread.sleep(1_200);
  }
}
