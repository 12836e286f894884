package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CardServices;
import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.GuardedTask;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A forgotten or locked PIN, after step-up ({@link GuardedTask}). The PIN itself never enters the
 * chat: the turn pipeline removes anything that could be one before the message is stored and warns
 * the customer. The assistant offers a PIN letter to the address on file (an order in core banking:
 * card chosen as in {@link CardChangeHandler}, summary, "yes", made once) or explains how to see or
 * change the PIN in the banking app (an answer).
 */
@ApplicationScoped
public class CardPinHandler implements GuardedTask {

  static final String TASK = "card_pin";

  /** Slot: {@link #LETTER} or {@link #APP}. */
  static final String WAY = "way";

  static final String LETTER = "letter";
  static final String APP = "app";

  private static final Pattern LETTER_WORDS =
      Pattern.compile(
          "\\b(?:letter|post|by mail|send|new pin|brief|postweg|per post|zuschick\\w*|zusend\\w*"
              + "|schick\\w*|neue pin)\\b|^\\s*1\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern APP_WORDS =
      Pattern.compile(
          "\\b(?:app|online|see|show|view|change|set|anzeig\\w*|ansehen|sehen|änder\\w*"
              + "|festleg\\w*)\\b|^\\s*2\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** A PIN letter goes for a card in use or waiting for activation, not a blocked one. */
  private static final Set<CardStatus> FOR_LETTERS =
      Set.of(CardStatus.ACTIVE, CardStatus.PENDING_ACTIVATION);

  @Inject OpenTasks tasks;
  @Inject CoreBanking coreBanking;
  @Inject CardServices cardServices;
  @Inject Clock clock;

  @Override
  public String task() {
    return TASK;
  }

  @Override
  public Map<String, String> named(DialogueTurn first) {
    return named(first.maskedText());
  }

  /** The task, opened after step-up: the way, the card, or the summary. */
  @Override
  public AssistantReply opened(OpenTask task, IntentRequest start) {
    return proceed(task, cards(start.customer()), start.language(), clock.instant());
  }

  @Override
  public DialogueStep next(DialogueTurn turn) {
    String text = turn.maskedText();
    OpenTask task = turn.open().orElseThrow();
    Locale language = turn.language();
    Instant now = clock.instant();
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(reply("card_pin.cancelled", language));
    }
    List<CardSummary> cards = cards(turn.customer());
    if (OpenTask.CONFIRMATION.equals(task.awaiting())) {
      if (DialogueStep.isYes(text)) {
        return DialogueStep.confirmed(task, tasks);
      }
      return DialogueStep.sayAgain(proceed(task, cards, language, now));
    }
    Map<String, String> heard = named(text);
    heard.forEach((slot, value) -> task.fill(slot, value, now));
    AssistantReply next = proceed(task, cards, language, now);
    return heard.isEmpty() ? DialogueStep.sayAgain(next) : DialogueStep.say(next);
  }

  /** The confirmed PIN letter, ordered once. */
  @Override
  public AssistantReply act(IntentRequest request) {
    Locale language = request.language();
    List<CardSummary> cards = cards(request.customer());
    Optional<CardSummary> card =
        CardChoice.byLast4(cards, Optional.ofNullable(request.parameters().get(CardChoice.CARD)));
    Optional<UUID> letter =
        card.flatMap(c -> cardServices.orderPinLetter(request.customer(), c.cardId()));
    if (letter.isEmpty()) {
      return reply("card_pin.none", language);
    }
    return reply("card_pin.done", language, card.get().scheme(), card.get().panLast4())
        .withDone(
            Map.of(
                "cardId", card.get().cardId().toString(),
                "pinLetterId", letter.get().toString(),
                "status", "ORDERED"));
  }

  /** First the way: the app needs no card; a letter needs the card, then "yes". */
  private AssistantReply proceed(
      OpenTask task, List<CardSummary> cards, Locale language, Instant now) {
    Optional<String> way = task.slot(WAY);
    if (way.isEmpty()) {
      task.await(WAY, now);
      return reply("card_pin.ask_way", language);
    }
    if (APP.equals(way.get())) {
      tasks.remove(task);
      return reply("card_pin.app", language);
    }
    CardChoice.Choice choice = CardChoice.choose(task, cards, now);
    if (choice.card().isEmpty()) {
      boolean asking = CardChoice.CARD.equals(task.awaiting());
      if (cards.isEmpty() || (choice.fitting().isEmpty() && !asking)) {
        tasks.remove(task);
        return reply("card_pin.none", language);
      }
      task.await(CardChoice.CARD, now);
      List<CardSummary> offered = choice.fitting().isEmpty() ? cards : choice.fitting();
      return reply("card_pin.which", language, CardChoice.listed(offered));
    }
    CardSummary card = choice.card().get();
    task.await(OpenTask.CONFIRMATION, now);
    return reply("card_pin.confirm", language, card.scheme(), card.panLast4());
  }

  /** Card digits and the way the customer asked for (a letter wins when both are named). */
  static Map<String, String> named(String text) {
    Map<String, String> named = new HashMap<>();
    CardChoice.hintsIn(text).ifPresent(hints -> named.put(CardChoice.CARD_HINTS, hints));
    if (LETTER_WORDS.matcher(text).find()) {
      named.put(WAY, LETTER);
    } else if (APP_WORDS.matcher(text).find()) {
      named.put(WAY, APP);
    }
    return named;
  }

  private List<CardSummary> cards(CustomerId customer) {
    return coreBanking.cardsOf(customer).stream()
        .filter(card -> FOR_LETTERS.contains(card.status()))
        .toList();
  }

  private static AssistantReply reply(String key, Locale language, Object... arguments) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED, arguments);
  }
}
