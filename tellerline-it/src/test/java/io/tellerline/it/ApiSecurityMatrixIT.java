package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.ConsoleAccess;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.ForgedTokens;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.MonitorReadiness;
import io.tellerline.it.support.OnPayaraMicro;
import io.tellerline.it.support.TestEnvironment;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every API endpoint × token defects × roles × another customer's ids, on the real server with
 * tokens from the real Keycloak. Expected outcomes are explicit; all failures are collected and
 * reported together, and no error response may carry internals.
 */
class ApiSecurityMatrixIT extends OnPayaraMicro {

  private static final String ALICE_CURRENT_ACCOUNT = "b0000000-0000-4000-8000-000000000011";
  private static final String BASTIAN_CUSTOMER_ID = "a0000000-0000-4000-8000-000000000002";

  private final DemoUser alice = DemoUser.named(DemoUser.ALICE);
  private final List<String> failures = new ArrayList<>();

  /** An endpoint, called with a given token. */
  private record Endpoint(String method, String path, String body) {

    /** Public (the chat's sign-in settings, the privacy notice): anyone, never with a bad token. */
    boolean isPublic() {
      return path.equals("chat-config") || path.equals("privacy-notice");
    }
  }

  @Test
  void everyTokenDefectIsRefusedWithABearerChallengeOnEveryEndpoint() {
    String genuine = Keycloak.accessToken(alice);
    Map<String, String> defects = new LinkedHashMap<>();
    defects.put("no token", null);
    defects.put("not a JWT", "not-a-jwt");
    defects.put("alg none", ForgedTokens.unsigned(genuine));
    defects.put("bad signature", ForgedTokens.signedWithAnotherKey(genuine));
    defects.put("unknown key id", ForgedTokens.unknownKeyId(genuine));
    defects.put("acr elevated to mfa", ForgedTokens.elevatedToMfa(genuine));
    defects.put("wrong issuer", Keycloak.tokenOfAnotherIssuer());
    defects.put("wrong audience", Keycloak.tokenForAnotherAudience(alice));

    for (Endpoint endpoint : endpoints(conversationOf(genuine))) {
      defects.forEach(
          (defect, token) -> {
            HttpResponse<String> response = call(endpoint, token);
            if (endpoint.isPublic() && token == null) {
              expect(endpoint, defect, 200, response); // public, but a bad token is still refused
              return;
            }
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            expect(endpoint, defect, 401, response);
            check(challenge.startsWith("Bearer"), endpoint + " / " + defect + ": " + challenge);
            if (token != null) {
              check(
                  challenge.contains("error=\"invalid_token\""),
                  endpoint + " / " + defect + ": " + challenge);
            }
          });
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * Genuine tokens of the realm, signed by Keycloak, that the API must still refuse: no level or
   * level "0", an authentication time in the future, or issued to a client the API does not trust.
   */
  @Test
  void weakImplausibleOrForeignTokensAreRefusedOnEveryEndpoint() {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("acr missing", Keycloak.tokenFromTestClient("tellerline-test-no-acr", alice));
    tokens.put("acr 0", Keycloak.tokenFromTestClient("tellerline-test-acr-zero", alice));
    tokens.put(
        "auth_time 2100", Keycloak.tokenFromTestClient("tellerline-test-future-auth", alice));
    tokens.put("foreign azp", Keycloak.tokenFromTestClient("tellerline-test-foreign", alice));
    check(!Keycloak.claims(tokens.get("acr missing")).containsKey("acr"), "acr is present");
    check(
        "0".equals(Keycloak.claims(tokens.get("acr 0")).getString("acr", "")),
        "acr is not 0: " + Keycloak.claims(tokens.get("acr 0")));
    check(
        Keycloak.claims(tokens.get("auth_time 2100")).getJsonNumber("auth_time").longValue()
            == 4102444800L,
        "auth_time is not 2100: " + Keycloak.claims(tokens.get("auth_time 2100")));
    Map<String, String> expectedError =
        Map.of(
            "acr missing", "insufficient_user_authentication",
            "acr 0", "insufficient_user_authentication",
            "auth_time 2100", "invalid_token",
            "foreign azp", "invalid_token");
    for (Endpoint endpoint : endpoints(conversationOf(Keycloak.accessToken(alice)))) {
      if (endpoint.isPublic()) {
        continue;
      }
      tokens.forEach(
          (defect, token) -> {
            HttpResponse<String> response = call(endpoint, token);
            expect(endpoint, defect, 401, response);
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            check(
                challenge.contains("error=\"" + expectedError.get(defect) + "\""),
                endpoint + " / " + defect + ": " + challenge);
          });
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void staffRolesCannotUseTheCustomerApi() {
    String conversation = conversationOf(Keycloak.accessToken(alice));
    for (String staff : List.of("tessa", "sam", "cora", "adam")) {
      String token = Keycloak.accessToken(DemoUser.named(staff));
      for (Endpoint endpoint : endpoints(conversation)) {
        int expected = endpoint.path().equals("me") || endpoint.isPublic() ? 200 : 403;
        expect(endpoint, staff, expected, call(endpoint, token));
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void anotherCustomersIdsLookAbsent() {
    String conversation = conversationOf(Keycloak.accessToken(alice));
    String bastian = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));
    for (Endpoint endpoint : endpoints(conversation)) {
      if (endpoint.path().contains(conversation)) {
        expect(endpoint, "bastian on alice's conversation", 404, call(endpoint, bastian));
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void consolePagesAdmitOnlyBranchStaff() {
    String customerPage = "console/customer.xhtml?customer=" + BASTIAN_CUSTOMER_ID;
    String policyPage = "console/compliance/policy.xhtml";
    // user -> expected status of: conversation list, customer page, policy page
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    expected.put(DemoUser.ALICE, List.of(403, 403, 403));
    expected.put("tessa", List.of(200, 200, 403));
    expected.put("sam", List.of(200, 200, 403));
    expected.put("cora", List.of(403, 403, 200));
    expected.put("adam", List.of(403, 403, 200));
    List<String> pages = List.of("console/", customerPage, policyPage);
    List<String> markers =
        List.of("Recent conversations", "<h1>Customer</h1>", "Authentication policy");
    expected.forEach(
        (user, statuses) -> {
          KeycloakLogin browser = new KeycloakLogin(DemoUser.named(user));
          for (int i = 0; i < pages.size(); i++) {
            HttpResponse<String> response = browser.browse(base(pages.get(i)));
            int status = statuses.get(i);
            String where = pages.get(i) + " / " + user;
            check(
                response.statusCode() == status,
                where + ": expected " + status + ", got " + response.statusCode());
            check(
                response.body().contains(markers.get(i)) == (status == 200),
                where
                    + (status == 200 ? " does not show the page" : " shows the page behind a 403"));
          }
        });
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theRealmKeepsItsProtectionsOn() {
    String admin = Keycloak.tokenOfAnotherIssuer(); // the master realm's dev/test admin
    JsonObject realm =
        Json.parse(
            Http.get(TestEnvironment.issuer().replace("/realms/", "/admin/realms/"), admin).body());
    assertTrue(realm.getBoolean("bruteForceProtected"), "brute-force protection");
    assertTrue(realm.getInt("failureFactor") <= 5, "at most 5 failed attempts (PSD2 RTS Art. 4)");
    assertTrue(realm.getInt("ssoSessionIdleTimeout") <= 300, "5 minutes of inactivity at most");
    assertTrue(realm.getInt("accessTokenLifespan") <= 300, "access tokens live at most 5 minutes");
    assertFalse(realm.getBoolean("otpPolicyCodeReusable"), "an OTP code cannot be used twice");
    assertTrue(realm.getBoolean("revokeRefreshToken"), "refresh tokens rotate");
    assertEquals("totp", realm.getString("otpPolicyType"));
    assertTrue(
        realm.getJsonObject("attributes").getString("acr.loa.map").contains("\"mfa\":2"),
        realm.toString());
  }

  @Test
  void tellersSeeALoginThroughTheIsolatedKeycloakAdminClient() {
    // Not serving Bastian, the teller gives a reason first (need-to-know).
    String page =
        ConsoleAccess.openWithReason(
            new KeycloakLogin(DemoUser.named("tessa")),
            base("console/customer.xhtml?customer=" + BASTIAN_CUSTOMER_ID),
            "Phone call, case CASE-2026-0101");
    assertTrue(page.contains("id=\"otp-enrolled\">yes<"), page);
    assertTrue(page.contains("id=\"login-enabled\">enabled<"), page);

    // Anyone may ask whether the server is ready; only the monitor learns the details.
    HttpResponse<String> health = Http.get(base("health/ready"), null);
    assertEquals(200, health.statusCode(), health.body());
    assertFalse(health.body().contains("org."), "no class names for anonymous: " + health.body());
    assertEquals(401, Http.get(base("monitor/readiness"), null).statusCode());
    assertEquals(401, Http.get(base("monitor/readiness"), "not-the-token").statusCode());
    MonitorReadiness.assertReadyAfterWarmUp(base(""));
    // The application's own JAX-RS (Jersey) still serves the API in the same deployment.
    assertEquals(200, Http.get(api("me"), Keycloak.accessToken(alice)).statusCode());
  }

  private List<Endpoint> endpoints(String conversation) {
    String pending = "conversations/" + conversation + "/pending-actions/" + UUID.randomUUID();
    return List.of(
        new Endpoint("GET", "me", null),
        new Endpoint("POST", "conversations", ""),
        new Endpoint("GET", "conversations/" + conversation, null),
        new Endpoint(
            "POST", "conversations/" + conversation + "/messages", "{\"text\":\"my balance\"}"),
        new Endpoint("POST", pending + "/resume", ""),
        new Endpoint("GET", "conversations/" + conversation + "/events", null),
        new Endpoint("POST", "conversations/" + conversation + "/handover", ""),
        new Endpoint("PUT", "conversations/" + conversation + "/language", "{\"language\":\"de\"}"),
        new Endpoint("POST", "conversations/" + conversation + "/end", ""),
        new Endpoint("POST", "conversations/" + conversation + "/satisfaction", "{\"score\":5}"),
        new Endpoint("GET", "chat-config", null),
        new Endpoint("GET", "privacy-notice", null),
        new Endpoint("GET", "me/consents", null),
        // An outdated notice version: even a caller let through changes nothing.
        new Endpoint(
            "PUT",
            "me/consents/improve-assistant",
            "{\"granted\":true,\"textVersion\":\"0000000000000000\"}"),
        new Endpoint("GET", "statements", null),
        new Endpoint(
            "GET",
            "statements/" + ALICE_CURRENT_ACCOUNT + "/" + java.time.YearMonth.now().minusMonths(1),
            null),
        new Endpoint("POST", "me/data-export", ""),
        new Endpoint("GET", "me/data-export", null),
        new Endpoint("GET", "me/data-export/" + UUID.randomUUID(), null),
        new Endpoint("GET", "me/data-export/" + UUID.randomUUID() + "/document?format=pdf", null),
        new Endpoint("GET", "insights", null),
        new Endpoint("POST", "insights/0123456789abcdef/dismissal", "{\"feedback\":\"USEFUL\"}"));
  }

  private String conversationOf(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private HttpResponse<String> call(Endpoint endpoint, String token) {
    if (endpoint.path().endsWith("/events")) {
      return Http.get(api(endpoint.path()), token, "text/event-stream");
    }
    return switch (endpoint.method()) {
      case "GET" -> Http.get(api(endpoint.path()), token);
      case "PUT" -> Http.putJson(api(endpoint.path()), token, endpoint.body());
      default -> Http.post(api(endpoint.path()), token, "application/json", endpoint.body());
    };
  }

  private void expect(Endpoint endpoint, String who, int status, HttpResponse<String> response) {
    check(
        response.statusCode() == status,
        endpoint + " / " + who + ": expected " + status + ", got " + response.statusCode());
    String body = response.body();
    check(
        !body.contains("Exception") && !body.contains("at io.") && !body.contains("at org."),
        endpoint + " / " + who + " leaks internals: " + body);
    if (response.statusCode() >= 400 && !body.isEmpty()) {
      check(
          response
                  .headers()
                  .firstValue("Content-Type")
                  .orElse("")
                  .startsWith("application/problem+json")
              && body.contains("\"type\":"),
          endpoint + " / " + who + " is not a problem with a type: " + body);
    }
  }

  private void check(boolean condition, String failure) {
    if (!condition) {
      failures.add(failure);
    }
  }

  @Test
  void encodedDotSegmentsAndSlashesAreRefusedBeforeAuthentication() {
    List<String> paths =
        List.of(
            "api/%2e%2e%2fconsole/events",
            "api/%2e%2e%2fconsole/compliance/export",
            "api/%2e%2e%2fconsole/training/intent-corrections.csv",
            "api/%2E%2E%2Fconsole/",
            "api/..%2fconsole/events",
            "api/%2e%2e/console/events",
            "api/conversations%2f" + UUID.randomUUID(),
            "api/..%5cconsole/events",
            "api/..;/console/events",
            "chat/%2e%2e%2fconsole/events");
    String genuine = Keycloak.accessToken(alice);
    for (String path : paths) {
      for (String token : java.util.Arrays.asList(null, genuine)) {
        HttpResponse<String> response = Http.get(base(path), token);
        String who = token == null ? "anonymous" : "alice";
        check(
            response.statusCode() == 400,
            path + " / " + who + ": expected 400, got " + response.statusCode());
        // Payara itself already refuses an encoded backslash (400, empty body) before the app.
        check(
            response.body().contains("ambiguous-path") || response.body().isEmpty(),
            path + " / " + who + " is not the ambiguous-path problem: " + response.body());
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theMatrixItselfCanFail() {
    // Guards against a matrix that passes vacuously: a genuine token must get through.
    HttpResponse<String> me = Http.get(api("me"), Keycloak.accessToken(alice));
    assertEquals(200, me.statusCode(), me.body());
    assertFalse(me.headers().firstValue("WWW-Authenticate").isPresent());
  }
}
