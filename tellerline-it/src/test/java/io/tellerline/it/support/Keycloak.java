package io.tellerline.it.support;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Gets real tokens from the test Keycloak through the dev/test-only direct-grant client. */
public final class Keycloak {

  private static final String CLIENT = "tellerline-test-harness";

  private Keycloak() {}

  /** A password-only (acr "password") access token. */
  public static String accessToken(DemoUser user) {
    return grant(user, "openid", null).getString("access_token");
  }

  /** A step-up (acr "mfa") access token: password plus the user's current TOTP code. */
  public static String multiFactorAccessToken(DemoUser user) {
    return grant(user, "openid step-up", Totp.unusedCode(user)).getString("access_token");
  }

  /**
   * A genuine token of the right realm that is not meant for Tellerline: issued to Keycloak's own
   * {@code admin-cli} client, so its audience is not {@code tellerline-api}.
   */
  public static String tokenForAnotherAudience(DemoUser user) {
    return tokenFrom(TestEnvironment.issuer(), "admin-cli", user.username(), user.password());
  }

  /**
   * A genuine password-grant token of the right realm and audience from one of the test-only
   * clients (realm-export/test-only/), e.g. one without {@code acr} or of an untrusted client.
   */
  public static String tokenFromTestClient(String client, DemoUser user) {
    return tokenFrom(TestEnvironment.issuer(), client, user.username(), user.password());
  }

  /** A genuine token of another issuer: the master realm's bootstrap admin (dev/test only). */
  public static String tokenOfAnotherIssuer() {
    String master = TestEnvironment.issuer().replaceAll("/realms/[^/]+$", "/realms/master");
    return tokenFrom(master, "admin-cli", "admin", "admin-dev-only");
  }

  private static String tokenFrom(String issuer, String client, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", client);
    form.put("username", username);
    form.put("password", password);
    HttpResponse<String> response =
        Http.postForm(issuer + "/protocol/openid-connect/token", encode(form));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused a token: " + response.body());
    }
    return Json.parse(response.body()).getString("access_token");
  }

  /**
   * Puts a demo user's login back exactly as the realm export has it (enabled, no required actions,
   * its password and OTP credential: an OTP re-enrolment removes the OTP), with the master realm's
   * dev/test admin, through the admin API's partial import (overwrite keeps the user's id).
   */
  public static void restoreLogin(DemoUser user) {
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("ifResourceExists", "OVERWRITE")
            .add("users", jakarta.json.Json.createArrayBuilder().add(DemoUser.representation(user)))
            .build()
            .toString();
    HttpResponse<String> response =
        Http.postJson(adminRealm() + "/partialImport", tokenOfAnotherIssuer(), body);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("could not restore " + user.username() + ": " + response);
    }
  }

  /**
   * Adds a realm role of the realm export to a Keycloak whose realm was imported before the role
   * existed (an existing role is kept as it is).
   */
  public static void importRealmRole(String name) {
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("ifResourceExists", "SKIP")
            .add(
                "roles",
                jakarta.json.Json.createObjectBuilder()
                    .add(
                        "realm",
                        jakarta.json.Json.createArrayBuilder()
                            .add(jakarta.json.Json.createObjectBuilder().add("name", name))))
            .build()
            .toString();
    HttpResponse<String> response =
        Http.postJson(adminRealm() + "/partialImport", tokenOfAnotherIssuer(), body);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("could not import role " + name + ": " + response);
    }
  }

  /** Takes a user's required actions away (e.g. to show what their credentials alone allow). */
  public static void clearRequiredActions(DemoUser user) {
    HttpResponse<String> response =
        Http.putJson(
            adminRealm() + "/users/" + user.id(),
            tokenOfAnotherIssuer(),
            "{\"requiredActions\":[]}");
    if (response.statusCode() != 204) {
      throw new IllegalStateException("could not update " + user.username() + ": " + response);
    }
  }

  /** The ids of the user's Keycloak sessions in which the client takes part (admin API). */
  public static java.util.Set<String> sessionsOf(DemoUser user, String clientId) {
    String url = adminRealm() + "/users/" + user.id() + "/sessions";
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (jakarta.json.JsonValue session :
        Json.parseArray(Http.get(url, tokenOfAnotherIssuer()).body())) {
      JsonObject object = session.asJsonObject();
      if (object.getJsonObject("clients").containsValue(Json.string(clientId))) {
        ids.add(object.getString("id"));
      }
    }
    return ids;
  }

  /**
   * The OTP look-around window the realm under test applies (admin API): the shipped realm's 1, or
   * the wider one the test harness sets on the test Keycloak. {@link Totp} assumes 30-s steps and
   * codes that are not reusable, so anything else fails here.
   */
  public static int otpLookAroundWindow() {
    JsonObject realm = Json.parse(Http.get(adminRealm(), tokenOfAnotherIssuer()).body());
    if (realm.getInt("otpPolicyPeriod") != 30 || realm.getBoolean("otpPolicyCodeReusable")) {
      throw new IllegalStateException("Totp assumes 30-s steps and codes used once: " + realm);
    }
    return realm.getInt("otpPolicyLookAheadWindow");
  }

  /** The admin API of the test realm (use with {@link #tokenOfAnotherIssuer()}). */
  public static String adminRealm() {
    return TestEnvironment.issuer().replace("/realms/", "/admin/realms/");
  }

  /** The claims of a JWT, without verifying it (the server under test does that). */
  public static JsonObject claims(String jwt) {
    String payload = jwt.split("\\.")[1];
    return Json.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }

  private static JsonObject grant(DemoUser user, String scope, String otp) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", CLIENT);
    form.put("username", user.username());
    form.put("password", user.password());
    form.put("scope", scope);
    if (otp != null) {
      form.put("otp", otp);
    }
    HttpResponse<String> response =
        Http.postForm(TestEnvironment.issuer() + "/protocol/openid-connect/token", encode(form));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak refused a token: " + response.statusCode() + " " + response.body());
    }
    return Json.parse(response.body());
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
