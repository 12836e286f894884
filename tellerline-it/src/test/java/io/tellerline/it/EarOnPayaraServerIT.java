package io.tellerline.it;

import static io.tellerline.it.support.Amounts.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.ConsoleAccess;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.MonitorReadiness;
import io.tellerline.it.support.PayaraServer;
import io.tellerline.it.support.TestEnvironment;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production form: Payara Server started from its distribution zip, the EAR deployed with
 * asadmin, and the slice exercised over HTTP.
 */
class EarOnPayaraServerIT {

  private static final String BASE = "http://localhost:" + PayaraServer.HTTP_PORT + "/";
  private static PayaraServer server;

  @BeforeAll
  static void startPayaraServerWithTheEar() throws Exception {
    server =
        new PayaraServer(
            TestEnvironment.file("payara.server.home"), Path.of("target/payara-domains"));
    long started = System.nanoTime();
    server.createAndStart();
    long domainUp = System.nanoTime();
    server.deploy(TestEnvironment.file("tellerline.ear"));
    long deployed = System.nanoTime();
    waitForHealth();
    System.out.printf(
        "EAR on Payara Server: domain created and started in %d ms, EAR deployed in %d ms,"
            + " first healthy response %d ms after start, resident memory %d MiB%n",
        (domainUp - started) / 1_000_000,
        (deployed - domainUp) / 1_000_000,
        (System.nanoTime() - started) / 1_000_000,
        server.residentMemoryMib());
  }

  @AfterAll
  static void stopPayaraServer() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void customerGetsHerBalanceThroughTheEar() throws Exception {
    DemoUser alice = DemoUser.named(DemoUser.ALICE);
    String token = Keycloak.accessToken(alice);
    HttpResponse<String> started =
        Http.post(BASE + "api/conversations", token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    String id = Json.parse(started.body()).getString("id");

    HttpResponse<String> answered =
        Http.postJson(
            BASE + "api/conversations/" + id + "/messages",
            token,
            "{\"text\":\"how much money do I have?\"}");
    assertEquals(200, answered.statusCode(), answered.body());
    JsonObject reply = Json.parse(answered.body()).getJsonArray("messages").getJsonObject(1);
    assertTrue(reply.getBoolean("automated"));
    for (BigDecimal balance : BankDatabase.balancesOf(alice)) {
      assertTrue(reply.getString("body").contains(euros(balance)), reply.getString("body"));
    }

    String bastian = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));
    assertEquals(404, Http.get(BASE + "api/conversations/" + id, bastian).statusCode());
  }

  @Test
  void healthOpenApiAndStaticPagesAreServed() {
    HttpResponse<String> health = Http.get(BASE + "health", null);
    assertEquals(200, health.statusCode(), health.body());
    assertTrue(health.body().contains("UP"), health.body());
    assertTrue(Http.get(BASE + "openapi", null).body().contains("/api/conversations"));
    assertTrue(Http.get(BASE + "chat/", null).body().contains("keycloak.js"));
    assertEquals(404, Http.get(BASE + "no-such-page", null).statusCode());
  }

  @Test
  void staffIdentityOperationsWorkInTheEarWithRestEasyIsolated() {
    String page =
        ConsoleAccess.openWithReason(
            new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER)),
            BASE + "console/customer.xhtml?customer=a0000000-0000-4000-8000-000000000002",
            "Phone call, case CASE-2026-0102");
    assertTrue(page.contains("id=\"otp-enrolled\">yes<"), page);

    HttpResponse<String> ready = Http.get(BASE + "health/ready", null);
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(!ready.body().contains("org."), "no class names for anonymous: " + ready.body());
    MonitorReadiness.assertReadyAfterWarmUp(BASE);
  }

  @Test
  void theConsoleSendsStaffToKeycloak() {
    HttpResponse<String> console = Http.get(BASE + "console/", null);
    assertEquals(302, console.statusCode());
    String location = console.headers().firstValue("Location").orElseThrow();
    assertTrue(
        location.startsWith(TestEnvironment.issuer() + "/protocol/openid-connect/auth?"), location);
    assertTrue(location.contains("client_id=tellerline-console"), location);
    assertTrue(location.contains("code_challenge_method=S256"), location);
  }

  private static void waitForHealth() throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      try {
        if (Http.get(BASE + "health", null).statusCode() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // connection refused while the application starts
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        "Tellerline on Payara Server did not become healthy; see " + server.serverLog());
  }
}
