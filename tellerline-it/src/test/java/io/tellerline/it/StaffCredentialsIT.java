package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.TestEnvironment;
import io.tellerline.it.support.Totp;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The realm's credential rules on the real Keycloak (realm-export/): PCI DSS 8.3.6 password policy,
 * 8.3.4 lockout (at most 5 failures, at least 30 minutes; PSD2 RTS Art. 4 for customers in the same
 * realm), and wrong one-time codes counting towards it.
 */
class StaffCredentialsIT {

  @Test
  void theRealmLocksAfterAtMostFiveFailuresForAtLeastThirtyMinutes() {
    JsonObject realm =
        Json.parse(Http.get(Keycloak.adminRealm(), Keycloak.tokenOfAnotherIssuer()).body());
    assertTrue(realm.getBoolean("bruteForceProtected"), realm.toString());
    assertTrue(realm.getInt("failureFactor") <= 5, realm.toString());
    assertTrue(realm.getInt("waitIncrementSeconds") >= 1800, "first lock ≥ 30 min");
    assertTrue(realm.getInt("maxFailureWaitSeconds") >= 1800, "no lock shorter than 30 min");
  }

  /** Six wrong codes: locked, and the next correct password and code are refused. */
  @Test
  void sixWrongOneTimeCodesLockTheLogin() throws InterruptedException {
    DemoUser chloe = DemoUser.named("chloe");
    String right = Totp.code(chloe.totpSecret(), Instant.now());
    try {
      for (int i = 0; i < 6; i++) {
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1 + i) % 1_000_000);
        assertNotEquals(200, stepUpGrant(chloe, wrong).statusCode());
        Thread.sleep(1100); // slower than Keycloak's quick-login check: only the count locks
      }
      HttpResponse<String> refused = stepUpGrant(chloe, Totp.unusedCode(chloe));
      assertNotEquals(200, refused.statusCode(), "the right password and code are refused");
      JsonObject status = Json.parse(Http.get(bruteForce(chloe), admin()).body());
      assertTrue(status.getBoolean("disabled"), status.toString());
      assertTrue(status.getInt("numFailures") >= 5, status.toString());
    } finally {
      assertEquals(204, Http.delete(bruteForce(chloe), admin()).statusCode());
    }
    assertEquals(200, stepUpGrant(chloe, Totp.unusedCode(chloe)).statusCode(), "unlocked again");
  }

  @Test
  void passwordsNeedTwelveCharactersMustNotBeTheUsernameAndAreNotReused() {
    String username = "policy-" + UUID.randomUUID().toString().substring(0, 8) + "-long";
    String admin = admin();
    String body =
        "{\"username\":\""
            + username
            + "\",\"enabled\":true,\"email\":\""
            + username
            + "@demo.tellerline.test\",\"firstName\":\"Pat\",\"lastName\":\"Policy\"}";
    HttpResponse<String> created = Http.postJson(Keycloak.adminRealm() + "/users", admin, body);
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    String user =
        Keycloak.adminRealm() + "/users/" + location.substring(location.lastIndexOf('/') + 1);
    try {
      assertEquals(400, setPassword(user, "short-11ch!"), "11 characters are too few");
      assertEquals(400, setPassword(user, username), "the username is no password");
      String first = "first-good-password-" + UUID.randomUUID();
      assertEquals(204, setPassword(user, first));
      assertEquals(204, setPassword(user, "second-good-password-" + UUID.randomUUID()));
      assertEquals(400, setPassword(user, first), "a recent password is not used again");
    } finally {
      Http.delete(user, admin);
    }
  }

  private static int setPassword(String user, String password) {
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", false)
            .build()
            .toString();
    return Http.putJson(user + "/reset-password", admin(), body).statusCode();
  }

  private static HttpResponse<String> stepUpGrant(DemoUser user, String otp) {
    String form =
        "grant_type=password&client_id=tellerline-test-harness&scope="
            + URLEncoder.encode("openid step-up", StandardCharsets.UTF_8)
            + "&username="
            + user.username()
            + "&password="
            + URLEncoder.encode(user.password(), StandardCharsets.UTF_8)
            + "&otp="
            + otp;
    return Http.post(
        TestEnvironment.issuer() + "/protocol/openid-connect/token",
        null,
        "application/x-www-form-urlencoded",
        form);
  }

  private static String bruteForce(DemoUser user) {
    return Keycloak.adminRealm() + "/attack-detection/brute-force/users/" + user.id();
  }

  private static String admin() {
    return Keycloak.tokenOfAnotherIssuer(); // the master realm's dev/test admin
  }
}
