package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerId;
import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardDialogueTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private final CustomerId customer = new CustomerId(UUID.randomUUID());
  private final Conversation conversation =
      Conversation.start(customer, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
  private final Map<UUID, OpenTask> open = new HashMap<>();
  private final CardDialogue dialogue = new CardDialogue();

  CardDialogueTest() {
    dialogue.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    dialogue.tasks = new InMemoryTasks();
    dialogue.coreBanking =
        cards(
            card("VISA", "4242", CardStatus.ACTIVE),
            card("GIROCARD", "5100", CardStatus.ACTIVE),
            card("MASTERCARD", "8431", CardStatus.BLOCKED));
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

  private DialogueStep turn(String intent, String text) {
    return dialogue.handle(
        Optional.ofNullable(open.get(conversation.id())), intent, conversation, customer, text);
  }

  private static CardSummary card(String scheme, String last4, CardStatus status) {
    return new CardSummary(UUID.randomUUID(), scheme, last4, status, LocalDate.of(2029, 1, 31));
  }

  /** Core banking that only knows the customer's cards. */
  private static CoreBanking cards(CardSummary... held) {
    return (CoreBanking)
        Proxy.newProxyInstance(
            CoreBanking.class.getClassLoader(),
            new Class<?>[] {CoreBanking.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("cardsOf")) {
                return List.of(held);
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
