package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.Browser;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.MicroProcess;
import io.tellerline.it.support.TestEnvironment;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * PSD2 RTS Art. 4 on the real Keycloak and a real Payara Micro: a few wrong passwords lock the
 * login for a while, and an idle chat warns and then signs the customer out, ending the Keycloak
 * session (the event stream open all along does not keep it alive). The idle limit is 20 s here
 * instead of 5 minutes; the production default is checked by ChatConfigResourceTest.
 */
class SessionLimitsIT {

  // The chat client's redirect URIs list this port (realm-export/); no Arquillian server runs now.
  private static final int PORT = 18380;
  private static MicroProcess micro;

  @BeforeAll
  static void start() throws Exception {
    Path log = Files.createDirectories(Path.of("target", "session-limits")).resolve("micro.log");
    micro =
        MicroProcess.start(
            PORT,
            log,
            Map.of(
                "TELLERLINE_CHAT_IDLE_TIMEOUT", "PT20S",
                "TELLERLINE_CHAT_IDLE_WARNING", "PT10S"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (micro != null) {
      micro.close();
    }
  }

  @Test
  void sixWrongPasswordsLockTheLoginForAWhile() throws InterruptedException {
    DemoUser chloe = DemoUser.named("chloe");
    try {
      for (int i = 0; i < 6; i++) {
        assertNotEquals(200, passwordGrant(chloe, "wrong-" + i).statusCode());
        Thread.sleep(1100); // slower than Keycloak's quick-login check: only the count locks
      }
      HttpResponse<String> right = passwordGrant(chloe, chloe.password());
      assertNotEquals(200, right.statusCode(), "the right password is refused while locked");
      JsonObject status = Json.parse(Http.get(bruteForce(chloe), admin()).body());
      assertTrue(status.getBoolean("disabled"), status.toString());
      assertTrue(status.getInt("numFailures") >= 5, status.toString());
    } finally {
      assertEquals(204, delete(bruteForce(chloe)));
    }
    assertEquals(200, passwordGrant(chloe, chloe.password()).statusCode(), "unlocked again");
  }

  @Test
  void anIdleChatWarnsThenSignsOutAndEndsTheKeycloakSession() {
    DemoUser alice = DemoUser.named(DemoUser.ALICE);
    try (Browser browser = new Browser()) {
      Set<String> before = chatSessionsOf(alice);
      browser.driver().get(micro.base() + "chat/");
      browser.signInAtKeycloak(alice);
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#transcript li")));
      Set<String> ours = new HashSet<>(chatSessionsOf(alice));
      ours.removeAll(before);
      assertEquals(1, ours.size(), "signed in: one new Keycloak session of the chat");

      WebDriverWait idle = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
      idle.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
      String warning = browser.driver().findElement(By.id("idle-warning-text")).getText();
      assertTrue(warning.contains("signed out"), warning);
      idle.until(ExpectedConditions.not(ExpectedConditions.urlContains("/chat/")));
      browser.keepEvidence("idle-chat-signed-out");

      Set<String> left = chatSessionsOf(alice);
      left.retainAll(ours);
      assertTrue(left.isEmpty(), "the Keycloak session ended with the chat");
      browser.driver().get(micro.base() + "chat/");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }
  }

  /** Issue 16: the chat's "Sign out" ends the Keycloak session, not only the page's. */
  @Test
  void signingOutOfTheChatEndsTheKeycloakSession() {
    DemoUser bastian = DemoUser.named(DemoUser.BASTIAN);
    try (Browser browser = new Browser()) {
      Set<String> before = chatSessionsOf(bastian);
      browser.driver().get(micro.base() + "chat/");
      browser.signInAtKeycloak(bastian);
      browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("sign-out")));
      Set<String> ours = new HashSet<>(chatSessionsOf(bastian));
      ours.removeAll(before);
      assertEquals(1, ours.size(), "signed in: one new Keycloak session of the chat");

      browser.driver().findElement(By.id("sign-out")).click();
      browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/chat/")));
      Set<String> left = chatSessionsOf(bastian);
      left.retainAll(ours);
      assertTrue(left.isEmpty(), "the Keycloak session ended with the sign-out");
      browser.driver().get(micro.base() + "chat/");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }
  }

  private static HttpResponse<String> passwordGrant(DemoUser user, String password) {
    String form =
        "grant_type=password&client_id=tellerline-test-harness&scope=openid&username="
            + user.username()
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return Http.post(
        TestEnvironment.issuer() + "/protocol/openid-connect/token",
        null,
        "application/x-www-form-urlencoded",
        form);
  }

  private static Set<String> chatSessionsOf(DemoUser user) {
    return Keycloak.sessionsOf(user, "tellerline-chat");
  }

  private static String bruteForce(DemoUser user) {
    return adminRealm() + "/attack-detection/brute-force/users/" + user.id();
  }

  private static int delete(String url) {
    return Http.delete(url, admin()).statusCode();
  }

  private static String adminRealm() {
    return TestEnvironment.issuer().replace("/realms/", "/admin/realms/");
  }

  private static String admin() {
    return Keycloak.tokenOfAnotherIssuer(); // the master realm's dev/test admin
  }
}
