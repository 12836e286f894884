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
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Anything I should know?" in the chat on the real server (issue 21, item 1): the assistant
 * answers the new intent {@code personal_insights} with the insights the demo data plants (V108),
 * each with its reason in the customer's language, audited as shown ({@code INSIGHT_SHOWN}) as at
 * the start of a conversation; without her consent it explains how to switch it on and shows (and
 * audits) nothing; the turn's AI decision names the intent.
 */
class InsightsInChatIT extends OnPayaraMicro {

  private static final String PURPOSE = Consents.PERSONAL_INSIGHTS;
  private static final UUID ALICE = UUID.fromString("a0000000-0000-4000-8000-000000000001");
  private static final UUID BASTIAN = UUID.fromString("a0000000-0000-4000-8000-000000000002");

  private final String alice = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
  private final String bastian = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));

  @BeforeEach
  void nothingDismissed() throws Exception {
    BankDatabase.update(
        "delete from insight_dismissal where customer_id in (?, ?)", ALICE, BASTIAN);
  }

  @AfterEach
  void consentOffAgain() {
    Consents.change(base(""), alice, PURPOSE, false);
    Consents.change(base(""), bastian, PURPOSE, false);
  }

  @Test
  void withHerConsentSheGetsTheReasonsTheDemoDataPlantsInEnglishAndGerman() throws Exception {
    Consents.change(base(""), alice, PURPOSE, true);
    long shownBefore = shownTo(ALICE);
    Turn english = ask(alice, "anything I should know?");
    List<String> lines = english.reply().lines().toList();
    assertEquals("Here is what I noticed in your transactions:", lines.get(0), english.reply());
    assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("• ")), english.reply());
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith("• Spotify charged €12.99 on ")
                        && l.endsWith("; the 5 months before it was €10.99.")),
        english.reply());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("• Zalando charged €59.95 twice on ")),
        english.reply());
    assertEquals(
        shownBefore + lines.size() - 1, shownTo(ALICE), "each insight shown is audited once");
    english.decidedAs("insights.found", "en");

    Consents.change(base(""), bastian, PURPOSE, true);
    Turn german = ask(bastian, "Gibt es etwas, das ich wissen sollte?");
    assertTrue(
        german.reply().startsWith("Das ist mir in Ihren Umsätzen aufgefallen:\n• "),
        german.reply());
    assertTrue(german.reply().contains("• MediaMarkt hat am "), german.reply());
    assertTrue(german.reply().contains("1.249,00\u00a0€"), german.reply());
    assertTrue(german.reply().contains("• Ihr Kontostand von 35,00\u00a0€"), german.reply());
    german.decidedAs("insights.found", "de");
  }

  @Test
  void withoutHerConsentSheLearnsHowToSwitchItOnAndNothingIsShown() throws Exception {
    Consents.change(base(""), alice, PURPOSE, true);
    Consents.change(base(""), alice, PURPOSE, false);
    Consents.change(base(""), bastian, PURPOSE, false);
    long shownBefore = shownTo(ALICE);
    Turn asked = ask(alice, "Is there anything I should be aware of?");
    assertTrue(asked.reply().contains("only if you allow it"), asked.reply());
    assertTrue(
        asked.reply().contains("tick \"Point out things in my transactions I should know about\""),
        asked.reply());
    assertFalse(asked.reply().contains("Spotify") || asked.reply().contains("Zalando"));
    assertEquals(shownBefore, shownTo(ALICE), "no insight audited as shown");
    asked.decidedAs("insights.no_consent", "en");

    Turn german = ask(bastian, "gibts was neues?");
    assertTrue(german.reply().contains("nur hinweisen, wenn Sie es erlauben"), german.reply());
    german.decidedAs("insights.no_consent", "de");
  }

  /** One question in a new conversation: the reply, and the turn's AI decision to check. */
  private Turn ask(String token, String text) throws Exception {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    String id = Json.parse(started.body()).getString("id");
    HttpResponse<String> answered =
        Http.postJson(
            api("conversations/" + id + "/messages"), token, Json.object("text", text).toString());
    assertEquals(200, answered.statusCode(), answered.body());
    JsonArray messages = Json.parse(answered.body()).getJsonArray("messages");
    String messageId = messages.getJsonObject(0).getString("id");
    Object decision =
        BankDatabase.single(
            "select payload from audit_event where conversation_id = ? and event_type ="
                + " 'AI_DECISION' and payload like ?",
            UUID.fromString(id),
            "%\"messageId\":\"" + messageId + "\"%");
    return new Turn(
        messages.getJsonObject(messages.size() - 1).getString("body"),
        Json.parse(decision.toString()));
  }

  private static long shownTo(UUID customer) throws Exception {
    return BankDatabase.count(
        "select count(*) from audit_event where event_type = 'INSIGHT_SHOWN' and payload like ?",
        "%\"customer\":\"" + customer + "\"%");
  }

  private record Turn(String reply, JsonObject decision) {
    void decidedAs(String template, String language) {
      assertEquals("personal_insights", decision.getString("intent"), decision.toString());
      assertEquals("ANSWERED", decision.getString("outcome"), decision.toString());
      assertEquals(template, decision.getString("responseTemplate"), decision.toString());
      assertEquals(language, decision.getString("language"), decision.toString());
    }
  }
}
