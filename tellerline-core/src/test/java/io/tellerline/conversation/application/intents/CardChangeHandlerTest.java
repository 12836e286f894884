package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.CustomerId;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardChangeHandlerTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private final CustomerId customer = new CustomerId(UUID.randomUUID());
  private final Conversation conversation =
      Conversation.start(customer, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
  private final Map<UUID, OpenTask> open = new HashMap<>();
  private final List<String> changed = new ArrayList<>();
  private final List<CardSummary> held =
      List.of(
          card("VISA", "4242", CardStatus.ACTIVE),
          card("GIROCARD", "5100", CardStatus.ACTIVE),
          card("MASTERCARD", "8431", CardStatus.BLOCKED));
  private final CardChangeHandler handler = new CardChangeHandler();

  CardChangeHandlerTest() {
    handler.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    handler.tasks = new InMemoryTasks();
    handler.coreBanking = coreBanking();
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
    assertTrue(open.isEmpty(), "the task is done");
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
    assertTrue(open.isEmpty());
  }

  @Test
  void aCardTheCustomerDoesNotHoldIsNotOffered() {
    DialogueStep none = turn("card_block", "block my card ending 9999");
    assertTrue(none.reply().text().startsWith("I could not find a card of yours"));
    assertTrue(open.isEmpty());
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
            Optional.ofNullable(open.get(conversation.id())),
            conversation,
            customer,
            text,
            UUID.randomUUID(),
            false));
  }

  private AssistantReply act(String intent, Map<String, String> parameters) {
    return handler.act(new IntentRequest(intent, customer, Locale.ENGLISH, "", parameters));
  }

  private static CardSummary card(String scheme, String last4, CardStatus status) {
    return new CardSummary(UUID.randomUUID(), scheme, last4, status, LocalDate.of(2029, 1, 31));
  }

  /** Core banking that only knows the customer's cards and records status changes. */
  private CoreBanking coreBanking() {
    return (CoreBanking)
        Proxy.newProxyInstance(
            CoreBanking.class.getClassLoader(),
            new Class<?>[] {CoreBanking.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("cardsOf")) {
                return held;
              }
              if (method.getName().equals("changeCardStatus")) {
                CardSummary card =
                    held.stream()
                        .filter(c -> c.cardId().equals(arguments[1]))
                        .findFirst()
                        .orElseThrow();
                changed.add(card.panLast4() + ":" + arguments[2]);
                return true;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private final class InMemoryTasks implements OpenTasks {
    @Override
    public Optional<OpenTask> of(UUID conversationId) {
      return Optional.ofNullable(open.get(conversationId));
    }

    @Override
    public void add(OpenTask task) {
      open.put(conversation.id(), task);
    }

    @Override
    public void remove(OpenTask task) {
      open.remove(conversation.id());
    }
  }
}
