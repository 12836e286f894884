package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.Consents;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Download my data" (issue 20, GDPR Art. 15 and 20) on the real server: a customer's export, built
 * in the background after step-up, holds her conversation in clear (her e-mail address, stored only
 * tokenized and encrypted, decrypted for her) and the assistant's decisions about her with intent,
 * confidence and model version, her dismissal of an insight with her feedback and her answer to a
 * product offer (issue 21; the demo bank's V110: she declined the travel card), and nothing of
 * another customer (his dismissal, his accepted savings account); a password-only sign-in is
 * challenged; another customer's export is 404; the PDF is a PDF showing the same.
 */
class DataExportIT extends OnPayaraMicro {

  private final Instant started = Instant.now();

  @Test
  void aCustomerDownloadsHerDataAfterStepUpAndNothingOfAnother() throws Exception {
    DemoUser alice = DemoUser.named(DemoUser.ALICE);
    DemoUser bastian = DemoUser.named(DemoUser.BASTIAN);
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String aliceMail = "alice." + marker + "@example.org";
    String aliceText = "What is my balance? Write to " + aliceMail;
    String aliceConversation = say(Keycloak.accessToken(alice), aliceText);
    String bastianText = "Wie hoch ist mein Kontostand, Zebra " + marker + "?";
    String bastianConversation = say(Keycloak.accessToken(bastian), bastianText);
    JsonObject herInsight = dismissAnInsight(Keycloak.accessToken(alice), "NOT_USEFUL");
    JsonObject hisInsight = dismissAnInsight(Keycloak.accessToken(bastian), "USEFUL");
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from conversation_message where body like ?", "%" + aliceMail + "%"),
        "her address is stored only tokenized");

    // A password-only sign-in is not enough to ask for everything: the RFC 9470 challenge.
    // Tokens from Keycloak's real login and OTP forms (the direct grant's mfa tokens carry no
    // auth_time, which a maximum age cannot accept).
    KeycloakLogin aliceLogin = new KeycloakLogin(alice);
    String password = aliceLogin.signIn();
    HttpResponse<String> weak = Http.post(api("me/data-export"), password, "application/json", "");
    assertEquals(401, weak.statusCode(), weak.body());
    assertTrue(
        weak.headers()
            .firstValue("WWW-Authenticate")
            .orElse("")
            .contains("insufficient_user_authentication"),
        weak.headers().map().toString());
    assertEquals("mfa", Json.parse(weak.body()).getString("acr_values"));

    long requested = audited("DATA_EXPORT_REQUESTED");
    String mfa = aliceLogin.stepUp("mfa", 900L);
    HttpResponse<String> started = Http.post(api("me/data-export"), mfa, "application/json", "");
    assertEquals(202, started.statusCode(), started.body());
    String location = started.headers().firstValue("Location").orElseThrow();
    String exportId = Json.parse(started.body()).getString("id");
    assertTrue(location.endsWith("/api/me/data-export/" + exportId), location);
    assertEquals(requested + 1, audited("DATA_EXPORT_REQUESTED"));

    JsonObject ready = untilReady(path(location), mfa);
    assertEquals(100, ready.getInt("percent"));
    assertTrue(ready.getInt("messagesTotal") >= 2, ready.toString());
    assertEquals(exportId, Json.parse(Http.get(api("me/data-export"), mfa).body()).getString("id"));

    // Another customer: her export does not exist for him, neither its status nor its document.
    String bastianMfa = new KeycloakLogin(bastian).stepUp("mfa", 900L);
    assertEquals(404, Http.get(api("me/data-export/" + exportId), bastianMfa).statusCode());
    HttpResponse<String> foreign =
        Http.get(api("me/data-export/" + exportId + "/document?format=json"), bastianMfa);
    assertEquals(404, foreign.statusCode(), foreign.body());
    assertTrue(
        foreign
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        foreign.headers().map().toString());
    assertEquals(
        400,
        Http.get(api("me/data-export/" + exportId + "/document?format=xml"), mfa).statusCode());

    long downloaded = audited("DATA_EXPORT_DOWNLOADED");
    HttpResponse<String> json =
        Http.get(api("me/data-export/" + exportId + "/document?format=json"), mfa);
    assertEquals(200, json.statusCode(), json.body());
    JsonObject document = Json.parse(json.body());
    assertEquals("https://tellerline.io/schemas/data-export/v2", document.getString("schema"));
    JsonObject conversation =
        document.getJsonArray("conversations").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("id").equals(aliceConversation))
            .findFirst()
            .orElseThrow(() -> new AssertionError("her conversation is in her export"));
    JsonObject question =
        conversation.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("author").equals("CUSTOMER"))
            .findFirst()
            .orElseThrow();
    assertEquals(aliceText, question.getString("text"), "her own words, decrypted for her");

    JsonObject decision =
        document.getJsonArray("assistantDecisions").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("messageId", "").equals(question.getString("id")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the decision about her message is listed"));
    String payload =
        (String)
            BankDatabase.single(
                "select payload from audit_event where event_type = 'AI_DECISION'"
                    + " and conversation_id = ?::uuid",
                aliceConversation);
    JsonObject audit = Json.parse(payload);
    assertEquals(audit.getString("intent"), decision.getString("intent"));
    assertEquals(
        audit.getJsonNumber("confidence").doubleValue(),
        decision.getJsonNumber("confidence").doubleValue(),
        1e-9);
    assertEquals(audit.getString("modelVersion"), decision.getString("modelVersion"));
    assertNotNull(decision.getJsonObject("policy").getString("verdict"));
    assertEquals("Alice", document.getJsonObject("profile").getString("name").split(" ")[0]);

    herChoicesAreListed(document, herInsight, customerIdOf(alice));

    for (String foreignValue :
        List.of(
            bastianConversation,
            "Zebra " + marker,
            customerIdOf(bastian),
            hisInsight.getString("id"),
            "savings-account")) {
      assertFalse(json.body().contains(foreignValue), "nothing of Bastian's: " + foreignValue);
    }

    HttpResponse<byte[]> pdf =
        Http.getBytes(api("me/data-export/" + exportId + "/document?format=pdf"), mfa);
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    String text;
    try (PDDocument read = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(read);
    }
    assertTrue(text.contains(aliceMail), "the PDF shows her words");
    assertFalse(text.contains("Zebra " + marker), "and none of his");
    assertTrue(
        text.contains("foreign-spending/1") && text.contains(herInsight.getString("rule")),
        "the PDF lists her offer and her dismissal: " + text);
    assertEquals(downloaded + 2, audited("DATA_EXPORT_DOWNLOADED"));

    // Sealed at rest: neither her words nor her address appear in the export's row.
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from data_export where id = ?::uuid and (json_sealed like ?"
                + " or json_sealed like ?)",
            exportId,
            "%" + aliceMail + "%",
            "%balance%"));

    simultaneousRequestsStartOneExportAtATime(mfa);
  }

  /**
   * Her dismissed insight with its kind, rule and feedback, and her answered offer (seeded) with
   * its rule and time; exactly her rows of both tables, no more.
   */
  private void herChoicesAreListed(JsonObject document, JsonObject insight, String customer)
      throws Exception {
    JsonArray dismissals = document.getJsonArray("insightDismissals");
    JsonObject dismissal =
        dismissals.getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("insightId").equals(insight.getString("id")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("her dismissal is listed: " + dismissals));
    assertEquals(insight.getString("kind"), dismissal.getString("kind"));
    assertEquals(insight.getString("rule"), dismissal.getString("ruleVersion"));
    assertEquals("NOT_USEFUL", dismissal.getString("feedback"));
    assertFalse(
        Instant.parse(dismissal.getString("dismissedAt")).isBefore(started.minusSeconds(5)));
    assertEquals(
        BankDatabase.count(
            "select count(*) from insight_dismissal where customer_id = ?::uuid", customer),
        dismissals.size());

    JsonArray offers = document.getJsonArray("productOffers");
    JsonObject declined =
        offers.getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("product").equals("travel-card"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("her answer to the offer is listed: " + offers));
    assertEquals("foreign-spending/1", declined.getString("ruleVersion"));
    assertEquals("DECLINED", declined.getString("decision"));
    assertNotNull(Instant.parse(declined.getString("decidedAt")));
    assertNotNull(Instant.parse(declined.getString("offeredAt")));
    assertEquals(
        BankDatabase.count(
            "select count(*) from recommendation_offer where customer_id = ?::uuid", customer),
        offers.size());
  }

  /** With her consent to insights, she dismisses the first one shown to her. */
  private JsonObject dismissAnInsight(String token, String feedback) {
    Consents.change(base(""), token, Consents.PERSONAL_INSIGHTS, true);
    HttpResponse<String> shown = Http.get(api("insights"), token);
    assertEquals(200, shown.statusCode(), shown.body());
    JsonArray insights = Json.parseArray(shown.body());
    assertFalse(insights.isEmpty(), "the demo bank gives each an insight");
    JsonObject insight = insights.getJsonObject(0);
    HttpResponse<String> dismissed =
        Http.postJson(
            api("insights/" + insight.getString("id") + "/dismissal"),
            token,
            "{\"feedback\":\"" + feedback + "\"}");
    assertEquals(204, dismissed.statusCode(), dismissed.body());
    return insight;
  }

  /** Their insights as they were: this test's dismissals gone, the consents withdrawn. */
  @AfterEach
  void forgetTheirInsightChoices() throws Exception {
    BankDatabase.update(
        "delete from insight_dismissal where dismissed_at >= ? and customer_id in (select id from"
            + " customer where idp_subject in (?, ?))",
        Timestamp.from(started),
        DemoUser.named(DemoUser.ALICE).id(),
        DemoUser.named(DemoUser.BASTIAN).id());
    for (String name : List.of(DemoUser.ALICE, DemoUser.BASTIAN)) {
      Consents.change(
          base(""), Keycloak.accessToken(DemoUser.named(name)), Consents.PERSONAL_INSIGHTS, false);
    }
  }

  private void simultaneousRequestsStartOneExportAtATime(String mfa) throws Exception {
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> requests =
        java.util.stream.IntStream.range(0, 4)
            .mapToObj(
                i ->
                    java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> Http.post(api("me/data-export"), mfa, "application/json", "")))
            .toList();
    List<HttpResponse<String>> responses =
        requests.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
    assertTrue(statuses.stream().allMatch(s -> s == 202 || s == 409), statuses.toString());
    assertTrue(statuses.contains(202), statuses.toString());
    for (HttpResponse<String> response : responses) {
      if (response.statusCode() == 409) {
        assertTrue(
            response.body().contains("data-export-state"),
            "a request that lost the race hears that one is running: " + response.body());
      }
    }
    assertTrue(
        BankDatabase.count(
                "select count(*) from data_export e join customer c on c.id = e.customer_id"
                    + " where c.idp_subject = ? and e.status = 'RUNNING'",
                DemoUser.named(DemoUser.ALICE).id())
            <= 1,
        "at most one running export of hers");
  }

  private String say(String token, String text) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    String id = Json.parse(started.body()).getString("id");
    HttpResponse<String> answered =
        Http.postJson(
            api("conversations/" + id + "/messages"), token, Json.object("text", text).toString());
    assertEquals(200, answered.statusCode(), answered.body());
    return id;
  }

  private JsonObject untilReady(String path, String token) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      HttpResponse<String> status = Http.get(api(path), token);
      assertEquals(200, status.statusCode(), status.body());
      JsonObject body = Json.parse(status.body());
      if (!body.getString("status").equals("RUNNING")) {
        assertEquals("READY", body.getString("status"), body.toString());
        return body;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the export was not ready within a minute");
  }

  private static String path(String location) {
    return URI.create(location).getPath().replaceFirst("^.*/api/", "");
  }

  private static long audited(String type) throws Exception {
    return BankDatabase.count("select count(*) from audit_event where event_type = ?", type);
  }

  private static String customerIdOf(DemoUser user) throws Exception {
    return BankDatabase.single("select id::text from customer where idp_subject = ?", user.id())
        .toString();
  }
}
