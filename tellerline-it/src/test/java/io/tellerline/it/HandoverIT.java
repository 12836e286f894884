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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The hand-over to branch staff through the API and the console: the customer asks for a person and
 * learns the queue position; the assistant stays silent while staff serve; a teller claims, answers
 * (personal data tokenized) and hands back; two misunderstandings in a row escalate; a resolved
 * conversation is rated once.
 */
class HandoverIT extends OnPayaraMicro {

  private final DemoUser alice = DemoUser.named(DemoUser.ALICE);

  @Test
  void aCustomerAsksForAPersonATellerAnswersAndHandsBack() throws Exception {
    String token = Keycloak.accessToken(alice);
    String id = start(token);

    JsonObject queued = post(token, id, "handover", "");
    String notice = queued.getJsonArray("messages").getJsonObject(0).getString("body");
    assertTrue(notice.contains("in the queue for a member of staff"), notice);
    JsonObject waiting = transcript(token, id);
    assertEquals("WAITING_FOR_STAFF", waiting.getString("status"));
    assertEquals("CUSTOMER_ASKED", waiting.getString("escalationReason"));
    assertTrue(waiting.getInt("queuePosition") >= 1, waiting.toString());

    JsonObject silent =
        post(token, id, "messages", "{\"text\":\"My card 4111 1111 1111 1111 was charged twice\"}");
    assertEquals(1, silent.getJsonArray("messages").size(), "the assistant stays silent");

    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    String queue = tessa.browse(base("console/")).body();
    assertTrue(queue.contains("id=" + id), "the queue links the conversation");
    String page = base("console/conversation.xhtml?id=" + id);
    String claimed = tessa.submit(page, "serve", "serve:claim").body();
    assertTrue(claimed.contains("You serve this conversation now."), claimed);
    assertEquals("WITH_STAFF", transcript(token, id).getString("status"));

    String replied =
        tessa
            .submitWith(
                page,
                "serve",
                "serve:send-reply",
                Map.of(
                    "serve:reply", "Hello, I am Tessa. I see two charges on 4111 1111 1111 1111."))
            .body();
    assertTrue(replied.contains("Sent."), replied);
    List<JsonObject> messages = messages(transcript(token, id));
    JsonObject staff = messages.get(messages.size() - 1);
    assertEquals("STAFF", staff.getString("author"));
    assertFalse(staff.getBoolean("automated"));
    assertTrue(staff.getString("body").contains("\u2022\u2022\u2022\u2022 1111"), staff.toString());
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from conversation_message where conversation_id = ?"
                + " and body like '%4111 1111 1111 1111%'",
            UUID.fromString(id)));

    String handedBack = tessa.submit(page, "serve", "serve:hand-back").body();
    assertTrue(handedBack.contains("with the assistant again"), handedBack);
    JsonObject back = transcript(token, id);
    assertEquals("WITH_ASSISTANT", back.getString("status"));
    List<JsonObject> afterHandBack = messages(back);
    assertEquals("SYSTEM", afterHandBack.get(afterHandBack.size() - 1).getString("author"));
    JsonObject answered = post(token, id, "messages", "{\"text\":\"what is my balance?\"}");
    assertEquals(2, answered.getJsonArray("messages").size(), "the assistant answers again");
    assertEquals(
        3,
        BankDatabase.count(
            "select count(*) from audit_event where conversation_id = ? and event_type ="
                + " 'CONVERSATION_ROUTED'",
            UUID.fromString(id)),
        "queued, claimed, handed back");
  }

  @Test
  void twoMisunderstandingsInARowGoToAPersonAndTheEndIsRatedOnce() throws Exception {
    String token = Keycloak.accessToken(alice);
    String id = start(token);
    JsonObject first = post(token, id, "messages", "{\"text\":\"What is the capital of Peru?\"}");
    assertEquals("WITH_ASSISTANT", transcript(token, id).getString("status"), first.toString());
    JsonObject second =
        post(token, id, "messages", "{\"text\":\"Can you recommend a pizza recipe?\"}");
    JsonObject escalated = transcript(token, id);
    assertEquals("WAITING_FOR_STAFF", escalated.getString("status"), second.toString());
    assertEquals("LOW_CONFIDENCE", escalated.getString("escalationReason"));

    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    String page = base("console/conversation.xhtml?id=" + id);
    tessa.submit(page, "serve", "serve:claim");

    String noted =
        tessa
            .submitWith(
                page,
                "note-form",
                "note-form:add-note",
                Map.of(
                    "note-form:note",
                    "Customer asked off-topic twice; mail is alice.a@example.org"))
            .body();
    assertTrue(noted.contains("mail is [EMAIL]"), noted);
    assertFalse(noted.contains("alice.a@example.org"), noted);
    assertFalse(
        transcript(token, id).toString().contains("off-topic"), "customers never see notes");

    UUID offTopic =
        (UUID)
            BankDatabase.single(
                "select id from conversation_message where conversation_id = ? and author ="
                    + " 'CUSTOMER' order by seq limit 1",
                UUID.fromString(id));
    String corrected =
        tessa
            .submitWith(
                page,
                "correct",
                "correct:save-correction",
                Map.of("correct:message", offTopic.toString(), "correct:intent", "oos"))
            .body();
    assertTrue(corrected.contains("Correction saved"), corrected);
    assertTrue(
        java.util.regex.Pattern.compile("class=\"reading\">[a-z_]+ [01]\\.\\d{4} → oos<")
            .matcher(tessa.browse(page).body())
            .find(),
        "the transcript shows the assistant's reading, confidence and the correction");
    String trainingExport = base("console/training/intent-corrections.csv");
    assertFalse(
        tessa.browse(base("console/")).body().contains("training-export"),
        "tellers do not export training data: no form");
    KeycloakLogin sam = new KeycloakLogin(DemoUser.named("sam"));
    assertEquals(405, sam.browse(trainingExport).statusCode(), "an export is never a GET");
    String withoutConsent =
        sam.postTokenForm(base("console/"), "training-export", trainingExport).body();
    assertTrue(withoutConsent.startsWith("text,label,language"), withoutConsent);
    assertFalse(withoutConsent.contains("capital of Peru"), "alice has not consented (ConsentIT)");
    String version =
        Json.parse(Http.get(api("me/consents"), token).body()).getString("noticeVersion");
    Http.putJson(
        api("me/consents/improve-assistant"),
        token,
        "{\"granted\":true,\"textVersion\":\"" + version + "\"}");
    String csv = sam.postTokenForm(base("console/"), "training-export", trainingExport).body();
    assertTrue(csv.contains("\"What is the capital of Peru?\",\"oos\",en"), csv);

    String customer =
        tessa
            .browse(base("console/customer.xhtml?customer=a0000000-0000-4000-8000-000000000001"))
            .body();
    assertTrue(customer.contains("Current Account") && customer.contains("•••• 3000"), customer);
    assertTrue(customer.contains("Recent transactions"), customer);

    String resolved = tessa.submit(page, "serve", "serve:resolve").body();
    assertTrue(resolved.contains("Resolved."), resolved);
    assertEquals("CLOSED", transcript(token, id).getString("status"));

    HttpResponse<String> tooHigh =
        Http.postJson(api("conversations/" + id + "/satisfaction"), token, "{\"score\":7}");
    assertEquals(400, tooHigh.statusCode(), tooHigh.body());
    HttpResponse<String> rated =
        Http.postJson(
            api("conversations/" + id + "/satisfaction"),
            token,
            "{\"score\":4,\"comment\":\"Quick help. Write to me at alice.a@example.org\"}");
    assertEquals(204, rated.statusCode(), rated.body());
    assertTrue(transcript(token, id).getBoolean("rated"));
    assertEquals(
        "Quick help. Write to me at [EMAIL]",
        BankDatabase.single(
            "select csat_comment from conversation where id = ?", UUID.fromString(id)));
    HttpResponse<String> again =
        Http.postJson(api("conversations/" + id + "/satisfaction"), token, "{\"score\":5}");
    assertEquals(409, again.statusCode(), again.body());
    HttpResponse<String> closed =
        Http.postJson(api("conversations/" + id + "/messages"), token, "{\"text\":\"hello?\"}");
    assertEquals(409, closed.statusCode(), closed.body());
  }

  private String start(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private JsonObject post(String token, String id, String path, String body) {
    HttpResponse<String> response =
        Http.postJson(api("conversations/" + id + "/" + path), token, body);
    assertEquals(200, response.statusCode(), response.body());
    return Json.parse(response.body());
  }

  private JsonObject transcript(String token, String id) {
    HttpResponse<String> response = Http.get(api("conversations/" + id), token);
    assertEquals(200, response.statusCode(), response.body());
    return Json.parse(response.body());
  }

  private static List<JsonObject> messages(JsonObject conversation) {
    return conversation.getJsonArray("messages").getValuesAs(JsonObject.class);
  }
}
