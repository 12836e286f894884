package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.Dialogue;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.IntentHandler;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer with cards talking to one step-up-first handler (see {@link StepUpFirst}), with the
 * step-up gate played as "allowed": a confirmed step's parameters go straight to the action, as the
 * gate does for a fresh second factor or on resume.
 */
final class SelfServiceFixture {

  static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

  final CustomerId customer = new CustomerId(UUID.randomUUID());
  final Conversation conversation =
      Conversation.start(customer, Channel.WEB_CHAT, Locale.ENGLISH, START);
  final Map<UUID, OpenTask> open = new HashMap<>();
  final OpenTasks tasks = new InMemoryTasks();
  final MovableClock clock = new MovableClock();
  final List<Map<String, String>> gated = new java.util.ArrayList<>();
  List<CardSummary> cards =
      List.of(
          card("VISA", "4242", CardStatus.ACTIVE),
          card("MASTERCARD", "8431", CardStatus.BLOCKED),
          card("VISA", "7311", CardStatus.PENDING_ACTIVATION));
  Locale language = Locale.ENGLISH;

  static CardSummary card(String scheme, String last4, CardStatus status) {
    return new CardSummary(UUID.randomUUID(), scheme, last4, status, LocalDate.of(2029, 1, 31));
  }

  CardSummary card(String last4) {
    return cards.stream().filter(c -> c.panLast4().equals(last4)).findFirst().orElseThrow();
  }

  /**
   * The customer's message: the dialogue's reply, or, for a confirmed step, the action's reply
   * after the gate let it through.
   */
  AssistantReply say(IntentHandler handler, String text) {
    return say(handler, text, UUID.randomUUID(), false);
  }

  AssistantReply say(IntentHandler handler, String text, UUID messageId, boolean keptWhole) {
    String intent = handler.intents().iterator().next();
    Dialogue dialogue = handler.dialogue().orElseThrow();
    DialogueStep step =
        dialogue.next(
            new DialogueTurn(
                intent,
                Optional.ofNullable(open.get(conversation.id())),
                conversation,
                customer,
                text,
                messageId,
                keptWhole));
    if (step.confirmed().isEmpty()) {
      return step.reply();
    }
    gated.add(step.confirmed().get());
    return handler.act(new IntentRequest(intent, customer, language, "", step.confirmed().get()));
  }

  Optional<OpenTask> task() {
    return Optional.ofNullable(open.get(conversation.id()));
  }

  /** Core banking that knows only the customer's cards. */
  CoreBanking coreBanking() {
    return (CoreBanking)
        Proxy.newProxyInstance(
            CoreBanking.class.getClassLoader(),
            new Class<?>[] {CoreBanking.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("cardsOf")) {
                return cards;
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

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    Instant now = START;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
