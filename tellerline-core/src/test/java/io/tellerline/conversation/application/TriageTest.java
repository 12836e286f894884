package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.nlu.language.LanguageGuess;
import io.tellerline.nlu.sentiment.FrustrationDetector.Frustration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TriageTest {

  private final Triage triage = new Triage();

  @Test
  void aMessageInAnotherLanguageIsAnsweredInBothLanguagesNeverTakenForAnger() {
    MessageAnalysis angryLooking =
        new MessageAnalysis(
            new LanguageGuess("en", 0.03, true, true),
            AssistantFixture.analysis("complaint", 0.9).intent(),
            new Frustration(true, 0.9));
    AssistantReply reply =
        triage.triage(angryLooking, "Merhaba, hesabımda ne kadar para var?", Locale.ENGLISH).get();
    assertEquals(Outcome.ANSWERED, reply.outcome());
    assertEquals("answer.unsupported_language", reply.templateKey());
    assertTrue(reply.text().contains("English and German"), reply.text());
    assertTrue(reply.text().contains("Deutsch"), reply.text());
  }

  @Test
  void aDeclinedRequestStartsNothing() {
    AssistantReply reply =
        triage
            .triage(
                AssistantFixture.analysis("transfer_money", 0.9),
                "I do not want to transfer any money",
                Locale.ENGLISH)
            .get();
    assertEquals(Outcome.ANSWERED, reply.outcome());
    assertEquals("answer.declined", reply.templateKey());
  }

  @Test
  void frustrationHandsOverWithoutPuttingWordsInTheCustomersMouth() {
    MessageAnalysis upset =
        new MessageAnalysis(
            new LanguageGuess("de", 0.9, false),
            AssistantFixture.analysis("account_balance", 0.9).intent(),
            new Frustration(true, 0.8));
    AssistantReply reply = triage.triage(upset, "ihr seid echt unfähig", Locale.GERMAN).get();
    assertEquals(Outcome.HANDED_OVER, reply.outcome());
    assertFalse(reply.text().contains("ärgerlich"), reply.text());
    assertFalse(reply.text().toLowerCase(Locale.ROOT).contains("leid"), reply.text());
  }

  @Test
  void anOrdinaryConfidentRequestIsLeftToItsHandler() {
    assertTrue(
        triage
            .triage(AssistantFixture.analysis("account_balance", 0.9), "kontostand", Locale.GERMAN)
            .isEmpty());
  }
}
