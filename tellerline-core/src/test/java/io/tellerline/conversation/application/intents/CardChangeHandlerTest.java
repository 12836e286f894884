package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.conversation.application.AssistantFixture;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.IntentRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardChangeHandlerTest {

  private final AssistantFixture assistant = new AssistantFixture();
  private final List<String> changed = new ArrayList<>();
  private final CardChangeHandler handler = new CardChangeHandler();

  CardChangeHandlerTest() {
    assistant.cards =
        List.of(
            AssistantFixture.card("VISA", "4242", CardStatus.ACTIVE),
            AssistantFixture.card("GIROCARD", "5100", CardStatus.ACTIVE),
            AssistantFixture.card("MASTERCARD", "8431", CardStatus.BLOCKED));
    handler.clock = assistant.clock;
    handler.tasks = assistant.tasks;
    handler.coreBanking = assistant.coreBanking(this::changeCardStatus);
  }

  @Test
  void asksWhichCardWhenSeveralFitThenConfirmsTheChosenOne() {
    DialogueStep which = turn("card_block", "block my card");
    assertTrue(which.reply().text().contains("VISA 4242, GIROCARD 5100"), which.reply().text());
    DialogueStep unclear = turn("card_block", "the blue one");
    assertFalse(unclear.understood());
    DialogueStep confirm = turn("card_block", "5100");
    assertTrue(
        confirm.reply().text().startsWith("Please confirm: block your GIROCARD card ending 5100"));
    DialogueStep yes = turn("card_block", "yes");
    assertEquals(Optional.of(Map.of("card_hints", "5100")), yes.confirmed());
    assertTrue(assistant.task().isEmpty(), "the task is done");
  }

  @Test
  void theOnlyFittingCardIsConfirmedAtOnceAndNoCancels() {
    DialogueStep confirm = turn("card_unblock", "unblock my card please");
    assertTrue(
        confirm
            .reply()
            .text()
            .startsWith("Please confirm: unblock your MASTERCARD card ending 8431"));
    DialogueStep no = turn("card_unblock", "no");
    assertEquals("Cancelled. Your cards are unchanged.", no.reply().text());
    assertTrue(no.confirmed().isEmpty());
    assertTrue(assistant.task().isEmpty());
  }

  @Test
  void aCardTheCustomerDoesNotHoldIsNotOffered() {
    DialogueStep none = turn("card_block", "block my card ending 9999");
    assertTrue(none.reply().text().startsWith("I could not find a card of yours"));
    assertTrue(assistant.task().isEmpty());
  }

  @Test
  void theActionChangesOnlyTheConfirmedCard() {
    AssistantReply done = act("card_lost_or_stolen", Map.of("card_hints", "5100"));
    assertEquals("action.card_lost_or_stolen.done", done.templateKey());
    assertEquals(List.of("5100:BLOCKED"), changed);
    AssistantReply unblocked = act("card_unblock", Map.of("card_hints", "8431"));
    assertEquals("action.card_unblock.done", unblocked.templateKey());
    assertEquals(List.of("5100:BLOCKED", "8431:ACTIVE"), changed);
  }

  @Test
  void theActionChangesNothingWhenTheCardIsNotNamedOrNotHeld() {
    assertEquals("action.card.which", act("card_block", Map.of()).templateKey());
    assertEquals("action.card.none", act("card_block", Map.of("card_hints", "8431")).templateKey());
    assertTrue(changed.isEmpty());
  }

  @Test
  void remembersAtMostFiveFourDigitNumbersAsCardHints() {
    assertEquals(List.of("4242"), CardChangeHandler.hints("please block my card ending 4242"));
    assertEquals(List.of("4242", "8431"), CardChangeHandler.hints("4242 or 8431, not 12345"));
    assertEquals(
        List.of("1000", "1001", "1002", "1003", "1004"),
        CardChangeHandler.hints("1000 1001 1002 1003 1004 1005 1006 1007"));
    assertEquals(List.of(), CardChangeHandler.hints("block my card"));
  }

  private DialogueStep turn(String intent, String text) {
    return handler.next(
        new DialogueTurn(
            intent,
            assistant.task(),
            assistant.conversation,
            assistant.customer.id(),
            text,
            UUID.randomUUID(),
            false));
  }

  private AssistantReply act(String intent, Map<String, String> parameters) {
    return handler.act(
        new IntentRequest(intent, assistant.customer.id(), Locale.ENGLISH, "", parameters));
  }

  /** Records a status change of one of the customer's cards. */
  private Object changeCardStatus(Method method, Object[] arguments) {
    if (!method.getName().equals("changeCardStatus")) {
      throw new UnsupportedOperationException(method.getName());
    }
    CardSummary card =
        assistant.cards.stream()
            .filter(c -> c.cardId().equals(arguments[1]))
            .findFirst()
            .orElseThrow();
    changed.add(card.panLast4() + ":" + arguments[2]);
    return true;
  }
}
