package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One error model on the real server: every failure of the API is RFC 9457 problem+json with a
 * stable type, its detail in the request's language, never internals; the console shows the same
 * business failures as messages.
 */
class ErrorModelIT extends OnPayaraMicro {

  private static final String TYPES = "https://tellerline.io/problems/";

  private final String alice = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));

  @Test
  void anUnknownConversationIsA404ProblemInTheAskedLanguage() {
    String unknown = api("conversations/" + UUID.randomUUID());

    JsonObject english = problem(Http.inLanguage("en", "GET", unknown, alice, null), 404);
    assertEquals(TYPES + "conversation-not-found", english.getString("type"));
    assertEquals("There is no such conversation.", english.getString("detail"));

    HttpResponse<String> german = Http.inLanguage("de-DE,de;q=0.9", "GET", unknown, alice, null);
    assertEquals("Dieses Gespräch gibt es nicht.", problem(german, 404).getString("detail"));
    assertEquals("de", german.headers().firstValue("Content-Language").orElse(""));

    JsonObject french = problem(Http.inLanguage("fr", "GET", unknown, alice, null), 404);
    assertEquals("There is no such conversation.", french.getString("detail"), "else English");
  }

  @Test
  void invalidInputNamesTheFieldButNeverTheValue() {
    String messages = api("conversations/" + started() + "/messages");
    String tooLong = "my card 4111111111111111 " + "x".repeat(2000);

    JsonObject problem =
        problem(Http.inLanguage("en", "POST", messages, alice, text(tooLong)), 400);
    assertEquals(TYPES + "invalid-request", problem.getString("type"));
    assertEquals("text", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertFalse(problem.toString().contains("4111"), "the rejected value is not echoed");

    JsonObject german = problem(Http.inLanguage("de", "POST", messages, alice, text(" ")), 400);
    assertEquals("Die Anfrage enthält ungültige Felder.", german.getString("detail"));
    assertEquals("text", german.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void malformedJsonIsA400Problem() {
    String messages = api("conversations/" + started() + "/messages");

    JsonObject problem =
        problem(Http.inLanguage("en", "POST", messages, alice, "{\"text\": "), 400);
    assertFalse(problem.getString("type").isBlank());
    assertFalse(problem.getString("detail").isBlank());
  }

  @Test
  void domainRulesAreProblemsWithTheirOwnTypes() {
    String conversation = api("conversations/" + started());
    JsonObject unsupported =
        problem(
            Http.inLanguage(
                "en", "PUT", conversation + "/language", alice, "{\"language\":\"fr\"}"),
            400);
    assertEquals(
        "language", unsupported.getJsonArray("errors").getJsonObject(0).getString("field"));

    assertEquals(200, Http.post(conversation + "/end", alice, "application/json", "").statusCode());
    String rating = "{\"score\":4}";
    assertEquals(204, Http.postJson(conversation + "/satisfaction", alice, rating).statusCode());
    JsonObject again =
        problem(Http.inLanguage("de", "POST", conversation + "/satisfaction", alice, rating), 409);
    assertEquals(TYPES + "conversation-state", again.getString("type"));
    assertEquals("Dieses Gespräch wurde bereits bewertet.", again.getString("detail"));
    JsonObject closed =
        problem(Http.inLanguage("en", "POST", conversation + "/messages", alice, text("hi")), 409);
    assertEquals(TYPES + "conversation-closed", closed.getString("type"));

    String badMonth = api("statements/b0000000-0000-4000-8000-000000000011/october");
    JsonObject month = problem(Http.inLanguage("en", "GET", badMonth, alice, null), 400);
    assertEquals("month", month.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void theConsoleShowsBusinessFailuresAsMessages() {
    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));

    String unknown =
        tessa.browse(base("console/conversation.xhtml?id=" + UUID.randomUUID())).body();
    assertTrue(unknown.contains("There is no such conversation."), unknown);
    String malformed = tessa.browse(base("console/customer.xhtml?customer=nobody")).body();
    assertTrue(malformed.contains("There is no such customer."), malformed);

    String page = base("console/knowledge.xhtml");
    Map<String, String> badSlug =
        Map.of(
            "editor:slug", "Fees!",
            "editor:language", "en",
            "editor:title", "Fees",
            "editor:body", "None.");
    String refused = tessa.submitWith(page, "editor", "editor:save", badSlug).body();
    assertTrue(refused.contains("The slug has lower-case letters, digits and dashes"), refused);
    assertTrue(refused.contains("maxlength=\"200\""), "the title's limit from the core");
  }

  private String started() {
    HttpResponse<String> started = Http.post(api("conversations"), alice, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private static String text(String text) {
    return jakarta.json.Json.createObjectBuilder().add("text", text).build().toString();
  }

  /** The body of a problem+json answer with this status, after checking it shows no internals. */
  static JsonObject problem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        "content type of " + response.body());
    String body = response.body();
    assertFalse(body.contains("Exception") || body.contains("io.tellerline."), body);
    assertFalse(body.contains("\tat ") || body.contains("at org."), body);
    JsonObject problem = Json.parse(body);
    assertTrue(
        problem.getString("type").startsWith(TYPES)
            || problem.getString("type").equals("about:blank"));
    assertEquals(status, problem.getInt("status"));
    return problem;
  }
}
