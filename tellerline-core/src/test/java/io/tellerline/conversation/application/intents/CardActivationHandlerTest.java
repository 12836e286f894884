package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.CardServices;
import io.tellerline.banking.domain.CardStatus;
import io.tellerline.conversation.application.AssistantFixture;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.kernel.CustomerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardActivationHandlerTest {

  private final AssistantFixture customer = new AssistantFixture();
  private final CardActivationHandler handler = new CardActivationHandler();
  private final List<UUID> activated = new ArrayList<>();

  CardActivationHandlerTest() {
    handler.tasks = customer.tasks;
    handler.coreBanking = customer.coreBanking();
    handler.clock = customer.clock;
    handler.cardServices = new Activation();
  }

  @Test
  void theCustomerTypesTheNewCardsDigitsConfirmsAndItIsActivatedOnce() {
    AssistantReply ask = customer.say(handler, "I want to activate my new card");
    assertEquals("card_activate.ask_digits", ask.templateKey());
    assertFalse(ask.text().contains("7311"), "the assistant never names the new card's digits");
    AssistantReply confirm = customer.say(handler, "7311");
    assertEquals(
        "Please confirm: activate your VISA card ending 7311. Reply \"yes\" to confirm"
            + " or \"no\" to cancel.",
        confirm.text());
    AssistantReply waits = customer.sayBeforeStepUp(handler, "yes");
    assertEquals("step_up.required", waits.templateKey(), "the activation passes the gate again");
    assertTrue(activated.isEmpty());
    assertEquals(java.util.Map.of("card", "7311"), customer.parked());
    assertTrue(customer.resume().startsWith("Done"));
    assertEquals(List.of(customer.card("7311").cardId()), activated);
    customer.resume();
    assertEquals(1, activated.size(), "activated once");
  }

  @Test
  void theDigitsOfAnActiveCardDoNotActivateAnythingAndThreeMissesEndTheTask() {
    customer.say(handler, "activate my card");
    AssistantReply miss = customer.say(handler, "4242");
    assertTrue(miss.text().contains("(2 tries left)"), miss.text());
    customer.say(handler, "1234");
    AssistantReply dropped = customer.say(handler, "0000");
    assertEquals("card_activate.dropped", dropped.templateKey());
    assertTrue(customer.task().isEmpty());
    assertTrue(activated.isEmpty());
  }

  @Test
  void severalNumbersAtOnceAreNoMatch() {
    customer.say(handler, "activate my card");
    AssistantReply miss = customer.say(handler, "7311 4242");
    assertEquals("card_activate.mismatch", miss.templateKey());
  }

  @Test
  void withoutACardWaitingForActivationThereIsNothingToDo() {
    customer.cards = List.of(AssistantFixture.card("VISA", "4242", CardStatus.ACTIVE));
    AssistantReply none = customer.say(handler, "activate my new card");
    assertEquals("card_activate.none", none.templateKey());
    assertTrue(customer.task().isEmpty());
  }

  private final class Activation implements CardServices {
    @Override
    public Optional<UUID> orderPinLetter(CustomerId owner, UUID cardId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean activate(CustomerId owner, UUID cardId) {
      activated.add(cardId);
      return true;
    }
  }
}
