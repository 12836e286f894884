package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.CardServices;
import io.tellerline.conversation.application.AssistantFixture;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.kernel.CustomerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardPinHandlerTest {

  private final AssistantFixture customer = new AssistantFixture();
  private final CardPinHandler handler = new CardPinHandler();
  private final List<UUID> letters = new ArrayList<>();

  CardPinHandlerTest() {
    handler.tasks = customer.tasks;
    handler.coreBanking = customer.coreBanking();
    handler.clock = customer.clock;
    handler.cardServices = new Letters();
  }

  @Test
  void offersLetterOrAppThenAsksForTheCardAndOrdersOneLetter() {
    AssistantReply way = customer.say(handler, "I forgot my PIN");
    assertEquals("card_pin.ask_way", way.templateKey());
    AssistantReply which = customer.say(handler, "letter please");
    assertTrue(
        which.text().contains("VISA 4242, VISA 7311"), "not the blocked card: " + which.text());
    AssistantReply confirm = customer.say(handler, "7311");
    assertTrue(
        confirm
            .text()
            .startsWith(
                "Please confirm: send a letter with the PIN of your VISA card ending 7311 by post"),
        confirm.text());
    AssistantReply done = customer.say(handler, "yes");
    assertEquals("card_pin.done", done.templateKey());
    assertEquals(List.of(customer.card("7311").cardId()), letters);
    assertEquals("ORDERED", done.done().get("status"));
    assertEquals(letters.get(0).toString(), done.done().get("cardId"));
    assertTrue(done.done().containsKey("pinLetterId"));
    assertTrue(customer.task().isEmpty());
  }

  @Test
  void theAppIsExplainedWithoutAnyAction() {
    AssistantReply app = customer.say(handler, "how do I change my PIN?");
    assertEquals("card_pin.app", app.templateKey());
    assertTrue(app.done().isEmpty());
    assertTrue(letters.isEmpty());
    assertTrue(customer.task().isEmpty());
  }

  @Test
  void aLetterForANamedCardGoesStraightToTheSummaryAndNoCancels() {
    AssistantReply confirm = customer.say(handler, "send me a PIN letter for card 4242");
    assertEquals("card_pin.confirm", confirm.templateKey());
    assertEquals("Cancelled. No PIN letter was ordered.", customer.say(handler, "no").text());
    assertTrue(letters.isEmpty());
  }

  @Test
  void aRemovedPinInTheMessageIsNoCardHint() {
    assertEquals(Map.of(), CardPinHandler.named("my pin was [PIN]"));
    assertEquals(Map.of("way", "app"), CardPinHandler.named("show my PIN in the app"));
  }

  private final class Letters implements CardServices {
    @Override
    public Optional<UUID> orderPinLetter(CustomerId owner, UUID cardId) {
      letters.add(cardId);
      return Optional.of(UUID.randomUUID());
    }

    @Override
    public boolean activate(CustomerId owner, UUID cardId) {
      throw new UnsupportedOperationException();
    }
  }
}
