package io.tellerline.it;

import static io.tellerline.it.support.Amounts.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The thin slice through the API on a real Payara Micro, PostgreSQL and Keycloak. */
class ConversationApiIT extends OnPayaraMicro {

  private final DemoUser alice = DemoUser.named(DemoUser.ALICE);
  private final DemoUser bastian = DemoUser.named(DemoUser.BASTIAN);

  @Test
  void customerGetsHerRealBalanceFromTheAssistantAndEverythingIsStored() throws SQLException {
    String token = Keycloak.accessToken(alice);

    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    JsonObject conversation = Json.parse(started.body());
    String id = conversation.getString("id");
    assertTrue(
        started.headers().firstValue("Location").orElseThrow().endsWith("/conversations/" + id));
    JsonObject greeting = conversation.getJsonArray("messages").getJsonObject(0);
    assertTrue(greeting.getBoolean("automated"));
    assertTrue(greeting.getString("body").contains("automated assistant"), greeting.toString());

    HttpResponse<String> answered =
        Http.postJson(
            api("conversations/" + id + "/messages"), token, "{\"text\":\"what is my balance?\"}");
    assertEquals(200, answered.statusCode(), answered.body());
    List<JsonObject> messages =
        Json.parse(answered.body()).getJsonArray("messages").getValuesAs(JsonObject.class);
    assertEquals("CUSTOMER", messages.get(0).getString("author"));
    assertFalse(messages.get(0).getBoolean("automated"));
    JsonObject reply = messages.get(1);
    assertEquals("ASSISTANT", reply.getString("author"));
    assertTrue(reply.getBoolean("automated"));

    List<BigDecimal> balances = BankDatabase.balancesOf(alice);
    assertEquals(2, balances.size(), "Alice has a current and a savings account in the demo bank");
    for (BigDecimal balance : balances) {
      String shown = euros(balance);
      assertTrue(
          reply.getString("body").contains(shown),
          "expected " + shown + " in: " + reply.getString("body"));
    }

    UUID conversationId = UUID.fromString(id);
    assertEquals(
        3,
        BankDatabase.count(
            "select count(*) from conversation_message where conversation_id = ?", conversationId));
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from conversation_message where conversation_id = ? and intent = 'account_balance'",
            conversationId));
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where conversation_id = ? and event_type = 'AI_DECISION'"
                + " and payload like '%\"intent\":\"account_balance\"%' and payload like '%\"modelVersion\":\"tl-intent-%'"
                + " and payload like '%\"trainingDataSha256\":\"%' and payload like '%\"frustrated\":false%'"
                + " and payload like '%\"outOfScope\":false%' and payload like '%\"language\":\"en\"%'",
            conversationId));
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from audit_event where conversation_id = ? and payload like '%balance?%'",
            conversationId),
        "the audit trail never holds the message text");

    HttpResponse<String> transcript = Http.get(api("conversations/" + id), token);
    assertEquals(200, transcript.statusCode());
    assertEquals(3, Json.parse(transcript.body()).getJsonArray("messages").size());
  }

  @Test
  void anotherCustomersConversationIsNotReachable() {
    String aliceToken = Keycloak.accessToken(alice);
    String id =
        Json.parse(Http.post(api("conversations"), aliceToken, "application/json", "").body())
            .getString("id");
    String bastianToken = Keycloak.accessToken(bastian);

    assertProblem(Http.get(api("conversations/" + id), bastianToken), 404);
    assertProblem(
        Http.postJson(
            api("conversations/" + id + "/messages"), bastianToken, "{\"text\":\"balance\"}"),
        404);
    assertProblem(Http.get(api("conversations/" + UUID.randomUUID()), aliceToken), 404);
  }

  @Test
  void requestsWithoutAValidCustomerTokenAreRefused() {
    HttpResponse<String> anonymous = Http.post(api("conversations"), null, "application/json", "");
    assertProblem(anonymous, 401);
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

    String token = Keycloak.accessToken(alice);
    String tampered =
        token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    HttpResponse<String> forged = Http.get(api("me"), tampered);
    assertProblem(forged, 401);
    assertTrue(
        forged.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));

    String teller = Keycloak.accessToken(DemoUser.named(DemoUser.TESSA_TELLER));
    assertProblem(Http.post(api("conversations"), teller, "application/json", ""), 403);
    assertProblem(Http.get(api("me"), "not-a-jwt"), 401);
  }

  @Test
  void theServerReadsTheAuthenticationLevelFromTheToken() {
    JsonObject passwordOnly = Json.parse(Http.get(api("me"), Keycloak.accessToken(alice)).body());
    assertEquals("password", passwordOnly.getString("acr"));
    assertTrue(passwordOnly.getJsonArray("roles").toString().contains("customer"));

    String stepUp = Keycloak.multiFactorAccessToken(alice);
    JsonObject multiFactor = Json.parse(Http.get(api("me"), stepUp).body());
    assertEquals("mfa", multiFactor.getString("acr"));
    assertTrue(multiFactor.getJsonArray("amr").toString().contains("otp"), multiFactor.toString());
  }

  @Test
  void simultaneousMessagesToOneConversationAreAnsweredOrRefusedCleanly() throws Exception {
    String token = Keycloak.accessToken(alice);
    String id =
        Json.parse(Http.post(api("conversations"), token, "application/json", "").body())
            .getString("id");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      sent.add(
          pool.submit(
              () ->
                  Http.postJson(
                      api("conversations/" + id + "/messages"), token, "{\"text\":\"hello\"}")));
    }
    int answered = 0;
    for (var response : sent) {
      int status = response.get().statusCode();
      assertTrue(status == 200 || status == 409, status + ": " + response.get().body());
      if (status == 409) {
        assertTrue(
            response.get().body().contains("concurrent-change"),
            "a conflict says so and asks to send again: " + response.get().body());
      }
      answered += status == 200 ? 1 : 0;
    }
    pool.shutdown();
    assertTrue(answered >= 1);
    long stored =
        BankDatabase.count(
            "select count(*) from conversation_message where conversation_id = ?",
            UUID.fromString(id));
    assertEquals(1 + 2L * answered, stored, "each answered message stored with its reply, no more");
  }

  @Test
  void badInputGetsProblemDetailsWithoutInternals() {
    String token = Keycloak.accessToken(alice);
    String id =
        Json.parse(Http.post(api("conversations"), token, "application/json", "").body())
            .getString("id");
    String messages = api("conversations/" + id + "/messages");

    assertProblem(Http.postJson(messages, token, "{\"text\": "), 400);
    assertProblem(Http.postJson(messages, token, "[1,2,3]"), 400);
    HttpResponse<String> blank = Http.postJson(messages, token, "{\"text\":\"   \"}");
    assertProblem(blank, 400);
    assertTrue(blank.body().contains("text"), blank.body());
    assertProblem(Http.postJson(messages, token, "{\"text\":\"" + "x".repeat(2001) + "\"}"), 400);
    assertProblem(Http.postJson(messages, token, "{}"), 400);
    assertProblem(Http.post(messages, token, "text/plain", "hello"), 415);
    assertProblem(Http.get(api("no-such-thing"), token), 404);
    assertProblem(Http.get(api("conversations/not-a-uuid"), token), 404);
  }

  @Test
  void healthAndOpenApiAreServed() {
    HttpResponse<String> health = Http.get(base("health"), null);
    assertEquals(200, health.statusCode(), health.body());
    assertTrue(
        health.body().contains("\"status\":\"UP\"") || health.body().contains("\"status\": \"UP\""),
        health.body());
    assertTrue(health.body().contains("database"), health.body());

    HttpResponse<String> openapi = Http.get(base("openapi"), null);
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/conversations"), openapi.body());
  }

  @Test
  void theAuditTableRefusesChanges() throws SQLException {
    // As the owner, so that the trigger (not only the application role's grants) is what refuses.
    try (Connection connection = BankDatabase.connectAsOwner();
        Statement statement = connection.createStatement()) {
      // Inserting is allowed (the trigger fires per row, so the table must not be empty); the
      // probe is queued like every event, so it joins the Merkle tree.
      statement.executeUpdate(
          "with event as (insert into audit_event (id, occurred_at, event_type, actor, payload)"
              + " values (gen_random_uuid(), now(), 'TEST_PROBE', 'integration-test', '{}')"
              + " returning seq) insert into audit_pending (event_seq) select seq from event");
      SQLException update =
          assertThrows(
              SQLException.class,
              () -> statement.executeUpdate("update audit_event set actor = 'x'"));
      assertTrue(update.getMessage().contains("append-only"), update.getMessage());
      assertThrows(SQLException.class, () -> statement.executeUpdate("delete from audit_event"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("truncate audit_event"));
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        "content type of " + response.body());
    JsonObject problem = Json.parse(response.body());
    assertEquals(status, problem.getInt("status"));
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("at io.tellerline"), response.body());
  }
}
