package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Step-up before sensitive intents (RFC 9470) on a real Payara Micro, PostgreSQL and Keycloak, with
 * tokens from Keycloak's real login and OTP forms.
 */
class StepUpApiIT extends OnPayaraMicro {

  private static final UUID ALICE_VISA = UUID.fromString("d0000000-0000-4000-8000-000000000011");
  private static final UUID CHLOES_VISA = UUID.fromString("d0000000-0000-4000-8000-000000000031");

  // Different customers per test, so that few tests wait for a new TOTP code (no code twice).
  private final DemoUser alice = DemoUser.named(DemoUser.ALICE);
  private final DemoUser bastian = DemoUser.named(DemoUser.BASTIAN);
  private final DemoUser chloe = DemoUser.named("chloe");

  @AfterEach
  void putTheCardsBack() throws SQLException {
    BankDatabase.update(
        "update card set status = 'ACTIVE' where id in (?, ?)", ALICE_VISA, CHLOES_VISA);
  }

  @Test
  void aSensitiveIntentWaitsForStepUpThenRunsExactlyOnce() throws SQLException {
    KeycloakLogin session = new KeycloakLogin(alice);
    String passwordToken = session.signIn();
    String conversation = startConversation(passwordToken);

    HttpResponse<String> challenged =
        confirmed(conversation, passwordToken, "please block my card ending 4242");
    assertEquals(401, challenged.statusCode(), challenged.body());
    String header = challenged.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(header.startsWith("Bearer "), header);
    assertTrue(header.contains("error=\"insufficient_user_authentication\""), header);
    assertTrue(header.contains("acr_values=\"mfa\""), header);
    assertTrue(header.contains("max_age=900"), header);
    JsonObject problem = Json.parse(challenged.body());
    assertEquals("mfa", problem.getString("acr_values"));
    assertEquals(900, problem.getInt("max_age"));
    JsonObject pending = problem.getJsonObject("pendingAction");
    assertEquals("card_block", pending.getString("intent"));
    String resume = pending.getString("resume");
    List<JsonObject> shown = problem.getJsonArray("messages").getValuesAs(JsonObject.class);
    assertTrue(shown.get(1).getString("body").contains("one-time code"), shown.toString());
    assertEquals("ACTIVE", cardStatus(ALICE_VISA), "nothing happens before step-up");

    HttpResponse<String> stillWeak = Http.post(resume, passwordToken, "application/json", "");
    assertEquals(401, stillWeak.statusCode(), "the old token is not enough to resume");
    assertEquals("ACTIVE", cardStatus(ALICE_VISA));

    String mfaToken = session.stepUp("mfa", 900L);
    assertEquals("mfa", Keycloak.claims(mfaToken).getString("acr"));
    HttpResponse<String> performed = Http.post(resume, mfaToken, "application/json", "");
    assertEquals(200, performed.statusCode(), performed.body());
    JsonObject result = Json.parse(performed.body()).getJsonArray("messages").getJsonObject(0);
    assertTrue(result.getString("body").contains("ending 4242 is now blocked"), result.toString());
    assertEquals("BLOCKED", cardStatus(ALICE_VISA));

    HttpResponse<String> repeated = Http.post(resume, mfaToken, "application/json", "");
    assertEquals(200, repeated.statusCode());
    assertEquals("true", repeated.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertEquals(
        result.getString("id"),
        Json.parse(repeated.body()).getJsonArray("messages").getJsonObject(0).getString("id"));
    assertEquals(1, resumeEvents(conversation, "PERFORMED:action.card_block.done"));
    assertEquals(1, resumeEvents(conversation, "REPLAYED"));
    assertEquals(1, resumeEvents(conversation, "STEP_UP_REQUIRED"));
    // Only the "yes" that the verdict gated is a refusal; the request itself was answered (the
    // assistant named the card and asked for "yes") under the minimum for every request.
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where conversation_id = ? and event_type ="
                + " 'AI_DECISION' and payload like '%\"action\":\"customer.request\"%'"
                + " and payload like '%\"verdict\":\"ALLOWED\"%'",
            UUID.fromString(conversation)));
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where conversation_id = ? and event_type ="
                + " 'AI_DECISION' and payload like '%\"verdict\":\"STEP_UP_REQUIRED\"%'"
                + " and payload like '%\"version\":\"authn-%'",
            UUID.fromString(conversation)));
  }

  @Test
  void concurrentResumesPerformTheActionOnce() throws Exception {
    KeycloakLogin session = new KeycloakLogin(chloe);
    String passwordToken = session.signIn();
    String conversation = startConversation(passwordToken);
    HttpResponse<String> challenged =
        confirmed(conversation, passwordToken, "please block my card");
    assertEquals(401, challenged.statusCode(), challenged.body());
    String resume =
        Json.parse(challenged.body()).getJsonObject("pendingAction").getString("resume");
    String mfaToken = session.stepUp("mfa", 300L);

    List<CompletableFuture<HttpResponse<String>>> attempts =
        List.of(1, 2, 3, 4).stream()
            .map(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> Http.post(resume, mfaToken, "application/json", "")))
            .toList();
    for (CompletableFuture<HttpResponse<String>> attempt : attempts) {
      assertEquals(200, attempt.get().statusCode(), attempt.get().body());
    }
    assertEquals("BLOCKED", cardStatus(CHLOES_VISA));
    assertEquals(1, resumeEvents(conversation, "PERFORMED:action.card_block.done"));
    assertEquals(3, resumeEvents(conversation, "REPLAYED"));
  }

  @Test
  void freshMultiFactorAuthenticationIsServedAtOnce() throws SQLException {
    KeycloakLogin session = new KeycloakLogin(bastian);
    session.signIn();
    String mfaToken = session.stepUp("mfa", 900L);
    String conversation = startConversation(mfaToken);

    HttpResponse<String> answered = say(conversation, mfaToken, "what is my full IBAN?");
    assertEquals(200, answered.statusCode(), answered.body());
    String reply =
        Json.parse(answered.body()).getJsonArray("messages").getJsonObject(1).getString("body");
    assertTrue(reply.contains("DE44 5001 0517 5407 3249 31"), reply);
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from pending_action where conversation_id = ?",
            UUID.fromString(conversation)));
  }

  @Test
  void staleOrUndatedMultiFactorAuthenticationIsChallenged() throws Exception {
    KeycloakLogin session = new KeycloakLogin(chloe);
    session.signIn();
    String mfaToken = session.stepUp("mfa", 900L);
    String conversation = startConversation(mfaToken);
    Thread.sleep(4_000); // the test environment allows 3 s for card_activate (see the pom)
    HttpResponse<String> stale = say(conversation, mfaToken, "I want to activate my new card");
    assertEquals(401, stale.statusCode(), stale.body());
    assertTrue(
        stale.headers().firstValue("WWW-Authenticate").orElse("").contains("max_age=3"),
        stale.headers().toString());

    // The direct grant issues tokens without auth_time: freshness cannot be shown, so no.
    String undated = Keycloak.multiFactorAccessToken(bastian);
    assertEquals("mfa", Keycloak.claims(undated).getString("acr"));
    assertFalse(Keycloak.claims(undated).containsKey("auth_time"));
    String bastiansConversation = startConversation(undated);
    assertEquals(
        401, say(bastiansConversation, undated, "show me my full account number").statusCode());
  }

  @Test
  void anotherCustomerCannotResumeOrSeeAPendingAction() {
    String alicesToken = new KeycloakLogin(alice).signIn();
    String conversation = startConversation(alicesToken);
    HttpResponse<String> challenged = confirmed(conversation, alicesToken, "block my card");
    assertEquals(401, challenged.statusCode(), challenged.body());
    String resume =
        Json.parse(challenged.body()).getJsonObject("pendingAction").getString("resume");

    String bastians = Keycloak.accessToken(bastian);
    HttpResponse<String> foreign = Http.post(resume, bastians, "application/json", "");
    assertEquals(404, foreign.statusCode(), foreign.body());
    String unknown =
        resume.replaceAll("pending-actions/[^/]+/", "pending-actions/" + UUID.randomUUID() + "/");
    assertEquals(404, Http.post(unknown, alicesToken, "application/json", "").statusCode());
  }

  private String startConversation(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  /**
   * A card request: the assistant names the card and asks for "yes" (no step-up yet); the answer to
   * "yes" is returned.
   */
  private HttpResponse<String> confirmed(String conversation, String token, String request) {
    HttpResponse<String> named = say(conversation, token, request);
    assertEquals(200, named.statusCode(), named.body());
    assertTrue(named.body().contains("Please confirm: block your VISA card ending"), named.body());
    return say(conversation, token, "yes");
  }

  private HttpResponse<String> say(String conversation, String token, String text) {
    return Http.postJson(
        api("conversations/" + conversation + "/messages"),
        token,
        Json.object("text", text).toString());
  }

  private static String cardStatus(UUID card) throws SQLException {
    return (String) BankDatabase.single("select status from card where id = ?", card);
  }

  private static long resumeEvents(String conversation, String result) throws SQLException {
    return BankDatabase.count(
        "select count(*) from audit_event where conversation_id = ? and event_type ="
            + " 'SENSITIVE_ACTION_RESUMED' and payload like ?",
        UUID.fromString(conversation),
        "%\"result\":\"" + result + "\"%");
  }
}
