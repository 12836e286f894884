package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.AssistantFixture;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.IntentRequest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardStatusHandlerTest {

  @Test
  void aCardWaitingForActivationIsShownWithoutItsDigits() {
    AssistantFixture customer = new AssistantFixture();
    CardStatusHandler handler = new CardStatusHandler();
    handler.coreBanking = customer.coreBanking();

    AssistantReply cards =
        handler.act(
            new IntentRequest("card_status", customer.customer.id(), Locale.ENGLISH, "", Map.of()));

    assertTrue(cards.text().contains("VISA card ending 4242: active"), cards.text());
    assertTrue(
        cards.text().contains("VISA card ending ••••: waiting for activation"), cards.text());
    assertFalse(cards.text().contains("7311"));
  }
}
