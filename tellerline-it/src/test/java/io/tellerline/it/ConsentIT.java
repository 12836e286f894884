package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.Consents;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import io.tellerline.it.support.StaffCorrection;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Notice and consent on the real server (issue 20, item 6), and the staff's alert when card data
 * was removed (item 5): the privacy notice is public and versioned; chloe's consent to improving
 * the assistant is off until she turns it on, every change is recorded with the notice's version
 * and audited, and the training export leaves her corrected message out until she consents.
 */
class ConsentIT extends OnPayaraMicro {

  private static final String CONSENT = "me/consents/improve-assistant";
  private static final String EXPORT = "console/training/intent-corrections.csv";

  private final DemoUser chloe = DemoUser.named("chloe");

  @Test
  void theNoticeIsReachableWithoutSigningInOrWriting() {
    HttpResponse<String> german = Http.get(api("privacy-notice?lang=de"), null);
    assertEquals(200, german.statusCode(), german.body());
    JsonObject notice = Json.parse(german.body());
    assertEquals("de", notice.getString("language"));
    assertTrue(notice.getString("version").matches("[0-9a-f]{16}"), notice.toString());
    assertTrue(notice.toString().contains("Verärgerung"), "frustration scoring is explained");
    JsonObject english = Json.parse(Http.get(api("privacy-notice?lang=en"), null).body());
    assertEquals(notice.getString("version"), english.getString("version"));
    assertTrue(english.toString().contains("dpo@demo-bank.example"), english.toString());

    HttpResponse<String> page = Http.get(base("chat/privacy.html"), null, "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<script src=\"privacy.js\""), page.body());
    String chat = Http.get(base("chat/"), null, "text/html").body();
    assertTrue(chat.contains("href=\"privacy.html\""), "the chat links the notice");
    assertTrue(chat.contains("id=\"consent-improve-assistant\""), "and offers the toggle");
  }

  @Test
  void consentIsOffByDefaultRecordedAuditedAndHonouredByTheTrainingExport() throws Exception {
    String token = Keycloak.accessToken(chloe);
    String subject = Keycloak.claims(token).getString("sub");
    JsonObject before = consents(token);
    JsonObject improve = before.getJsonArray("purposes").getJsonObject(0);
    assertEquals("improve-assistant", improve.getString("purpose"));
    assertFalse(improve.getBoolean("granted"), "off by default");
    // Other purposes' changes (other tests tick chloe's offers) are not this test's business.
    assertTrue(Consents.history(before, Consents.IMPROVE_ASSISTANT).isEmpty(), before.toString());
    String version = before.getString("noticeVersion");

    String text = "Which pizza topping goes best with pineapple?";
    String conversation = correctedByStaff(token, text);
    KeycloakLogin sam = new KeycloakLogin(DemoUser.named("sam"));
    HttpResponse<String> without = export(sam);
    assertFalse(without.body().contains(text), without.body());
    assertTrue(leftOut(without) >= 1, without.headers().map().toString());
    assertEquals(
        "no-consent:improve-assistant",
        without.headers().firstValue("Tellerline-Training-Left-Out-Reason").orElse(""));
    assertTrue(
        sam.browse(base("console/")).body().contains("left out (no consent)"),
        "the console says so before the export");

    HttpResponse<String> unknown =
        Http.putJson(api("me/consents/sell-my-data"), token, consent(true, version));
    assertProblem(unknown, "purpose");
    HttpResponse<String> stale =
        Http.putJson(api(CONSENT), token, consent(true, "0000000000000000"));
    assertProblem(stale, "textVersion");

    HttpResponse<String> given = Http.putJson(api(CONSENT), token, consent(true, version));
    assertEquals(200, given.statusCode(), given.body());
    JsonObject now = consents(token);
    assertTrue(now.getJsonArray("purposes").getJsonObject(0).getBoolean("granted"));
    assertEquals(
        version, Consents.history(now, Consents.IMPROVE_ASSISTANT).get(0).getString("textVersion"));
    UUID customer =
        (UUID)
            BankDatabase.single(
                "select customer_id from conversation where id = ?", UUID.fromString(conversation));
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from customer_consent where customer_id = ? and purpose ="
                + " 'IMPROVE_ASSISTANT' and granted and text_version = ?",
            customer,
            version));
    JsonObject audited =
        Json.parse(
            (String)
                BankDatabase.single(
                    "select payload from audit_event where event_type = 'CONSENT_CHANGED'"
                        + " and actor = ? order by seq desc limit 1",
                    "customer:" + subject));
    assertTrue(audited.getBoolean("granted"), audited.toString());
    assertEquals(version, audited.getString("textVersion"));
    assertEquals(customer.toString(), audited.getString("customer"));

    HttpResponse<String> with = export(sam);
    assertTrue(with.body().contains("\"" + text + "\",\"oos\",en"), with.body());
    assertEquals(leftOut(without) - 1, leftOut(with), "her row is no longer left out");

    HttpResponse<String> withdrawn = Http.putJson(api(CONSENT), token, consent(false, version));
    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    assertEquals(
        2,
        Consents.history(consents(token), Consents.IMPROVE_ASSISTANT).size(),
        "history, not a replacement");
    assertFalse(export(sam).body().contains(text), "withdrawn: left out again");
  }

  @Test
  void aSecurityCodeTypedInTheChatIsMarkedForStaffByKindOnly() throws Exception {
    String token = Keycloak.accessToken(chloe);
    String id = start(token);
    assertEquals(200, post(token, id, "handover", "").statusCode());

    HttpResponse<String> typed =
        post(token, id, "messages", "{\"text\":\"The card was charged twice, the CVC is 737\"}");
    assertEquals(200, typed.statusCode(), typed.body());
    assertTrue(typed.body().contains("[CVC]"), typed.body());

    UUID conversation = UUID.fromString(id);
    assertTrue(typed.body().contains("\"cardSecretsRemoved\":[\"CVC\"]"), typed.body());
    assertEquals(
        "CVC",
        BankDatabase.single(
            "select card_secrets_removed from conversation_message where conversation_id = ?"
                + " and card_secrets_removed is not null",
            conversation));
    String alert =
        (String)
            BankDatabase.single(
                "select payload from audit_event where event_type = 'CARD_SECRET_REMOVED'"
                    + " and conversation_id = ?",
                conversation);
    assertEquals("CVC", Json.parse(alert).getJsonArray("kinds").getString(0), alert);
    assertEquals(
        Set.of("messageId", "customer", "kinds", "source"),
        Json.parse(alert).keySet(),
        "ids and kinds, no value: " + alert);

    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    String queue = tessa.browse(base("console/")).body();
    Matcher row =
        Pattern.compile("<tr[^>]*>((?:(?!</tr>).)*id=" + id + ".*?)</tr>", Pattern.DOTALL)
            .matcher(queue);
    assertTrue(row.find(), "the queue lists the conversation");
    assertTrue(row.group(1).contains("removed: CVC"), row.group(1));
    String page = tessa.browse(base("console/conversation.xhtml?id=" + id)).body();
    assertTrue(page.contains("Card data removed"), page);
    assertTrue(page.contains("the CVC is [CVC]"), "staff see the placeholder");
    assertFalse(page.contains("CVC is 737"), "never the code");
  }

  /**
   * Chloe asks something off-topic, asks for a person, a teller claims the conversation and
   * corrects the intent: a training row from chloe's conversation. Returns the conversation id.
   */
  private String correctedByStaff(String token, String text) throws SQLException {
    return StaffCorrection.toOutOfScope(base(""), token, text).conversation();
  }

  private HttpResponse<String> export(KeycloakLogin supervisor) {
    HttpResponse<String> csv =
        supervisor.postTokenForm(base("console/"), "training-export", base(EXPORT));
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().startsWith("text,label,language"), csv.body());
    assertEquals(
        csv.body().lines().count() - 1,
        Long.parseLong(csv.headers().firstValue("Tellerline-Training-Rows").orElseThrow()));
    return csv;
  }

  private static long leftOut(HttpResponse<String> csv) {
    return Long.parseLong(
        csv.headers().firstValue("Tellerline-Training-Rows-Left-Out").orElseThrow());
  }

  private JsonObject consents(String token) {
    return Consents.of(base(""), token);
  }

  private static String consent(boolean granted, String version) {
    return Consents.body(granted, version);
  }

  private static void assertProblem(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().map().toString());
    assertTrue(response.body().contains(field), response.body());
  }

  private String start(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private HttpResponse<String> post(String token, String id, String path, String body) {
    return Http.postJson(api("conversations/" + id + "/" + path), token, body);
  }
}
