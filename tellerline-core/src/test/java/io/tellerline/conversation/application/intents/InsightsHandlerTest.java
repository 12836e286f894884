package io.tellerline.conversation.application.intents;

import static io.tellerline.insight.application.InsightsFixture.SPOTIFY_PRICE_RISE;
import static io.tellerline.insight.application.InsightsFixture.ZALANDO_TWICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.identity.infrastructure.AuthenticationPolicyFile;
import io.tellerline.insight.application.InsightsFixture;
import io.tellerline.nlu.IntentCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InsightsHandlerTest {

  private final InsightsFixture customer = new InsightsFixture(SPOTIFY_PRICE_RISE, ZALANDO_TWICE);
  private final InsightsHandler handler = new InsightsHandler();

  InsightsHandlerTest() {
    handler.insights = customer.service;
  }

  @Test
  void withConsentEachInsightIsOneLineWithItsReasonInHerLanguageAuditedAsShown() {
    customer.consent(true);

    AssistantReply english = ask(Locale.ENGLISH);
    assertEquals(Outcome.ANSWERED, english.outcome());
    assertEquals("insights.found", english.templateKey());
    assertEquals(
        "Here is what I noticed in your transactions:\n"
            + "• Spotify charged €12.99 on 2 Dec; the 5 months before it was €10.99.\n"
            + "• Zalando charged €59.95 twice on 3 Dec. If you paid only once, we can help you"
            + " get it back.",
        english.text());

    AssistantReply german = ask(Locale.GERMAN);
    assertTrue(german.text().startsWith("Das ist mir in Ihren Umsätzen aufgefallen:\n• "));
    assertTrue(
        german.text().contains("• Spotify hat am 2. Dezember 12,99\u00a0€ abgebucht;"),
        german.text());
    assertTrue(german.text().contains("• Zalando hat am 3. Dezember zweimal"), german.text());

    assertEquals(4, customer.events.size(), "two insights shown, twice");
    assertTrue(customer.events.stream().allMatch(e -> e.type().equals("INSIGHT_SHOWN")));
    assertTrue(customer.events.get(3).payload().contains("\"language\":\"de\""));
  }

  @Test
  void withoutConsentSheLearnsHowToSwitchItOnAndNothingIsRead() {
    AssistantReply english = ask(Locale.ENGLISH);
    assertEquals("insights.no_consent", english.templateKey());
    assertEquals(Outcome.ANSWERED, english.outcome());
    assertTrue(english.text().contains("only if you allow it"), english.text());
    assertTrue(english.text().contains("tick \"Point out things in my transactions"));
    assertFalse(english.text().contains("Spotify"));

    customer.consent(true);
    customer.consent(false);
    AssistantReply german = ask(Locale.GERMAN);
    assertEquals("insights.no_consent", german.templateKey());
    assertTrue(german.text().contains("Häkchen bei „Mich auf Auffälliges"), german.text());

    assertEquals(0, customer.looks(), "her bookings were not read");
    assertEquals(List.of(), customer.events, "nothing shown, nothing audited");
  }

  @Test
  void withConsentAndNothingFoundThereIsNothingToReport() {
    InsightsFixture quiet = new InsightsFixture();
    quiet.consent(true);
    handler.insights = quiet.service;
    AssistantReply reply =
        handler.act(
            new IntentRequest("personal_insights", quiet.customer, Locale.GERMAN, "", Map.of()));
    assertEquals("insights.none", reply.templateKey());
    assertTrue(reply.text().startsWith("Nichts zu berichten"), reply.text());
    assertEquals(1, quiet.looks());
  }

  /** Like a balance question: her own data, answered on her sign-in alone (no step-up). */
  @Test
  void notSensitiveLikeTheBalance() {
    var policy = AuthenticationPolicyFile.bundled(action -> Optional.empty());
    var catalogue = IntentCatalogue.bundled();
    for (String intent : List.of("account_balance", "personal_insights")) {
      assertFalse(policy.requirementFor(intent).asksMoreThanSignIn(), intent);
      assertFalse(catalogue.find(intent).orElseThrow().sensitive(), intent);
      assertFalse(catalogue.find(intent).orElseThrow().alwaysEscalate(), intent);
    }
    assertEquals(
        policy.requirementFor("account_balance"), policy.requirementFor("personal_insights"));
    assertEquals(Set.of("personal_insights"), handler.intents());
  }

  private AssistantReply ask(Locale language) {
    return handler.act(
        new IntentRequest(
            "personal_insights", customer.customer, language, "anything I should know?", Map.of()));
  }
}
