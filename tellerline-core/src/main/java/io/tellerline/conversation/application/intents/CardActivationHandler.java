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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Activating a new card, after step-up ({@link GuardedTask}). The assistant never names the new
 * card's digits: the customer types the last four digits printed on it, which must be those of a
 * card of theirs waiting for activation (three wrong tries end the task). A summary and "yes"
 * follow; the activation goes through the gate again and is made once.
 */
@ApplicationScoped
public class CardActivationHandler implements GuardedTask {

  static final String TASK = "card_activate";

  /** Slot: digits typed that matched no card waiting for activation. */
  static final String MISSES = "misses";

  static final int MAX_MISSES = 3;

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
    return CardChoice.hintsIn(first.maskedText())
        .map(hints -> Map.of(CardChoice.CARD_HINTS, hints))
        .orElse(Map.of());
  }

  /** The task, opened after step-up: the digits are asked for, or checked when already typed. */
  @Override
  public AssistantReply opened(OpenTask task, IntentRequest start) {
    return proceed(task, waiting(start.customer()), start.language(), clock.instant());
  }

  @Override
  public DialogueStep next(DialogueTurn turn) {
    String text = turn.maskedText();
    OpenTask task = turn.open().orElseThrow();
    Locale language = turn.language();
    Instant now = clock.instant();
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(reply("card_activate.cancelled", language));
    }
    List<CardSummary> waiting = waiting(turn.customer());
    if (OpenTask.CONFIRMATION.equals(task.awaiting())) {
      if (DialogueStep.isYes(text)) {
        tasks.remove(task);
        return DialogueStep.confirm(
            Map.of(CardChoice.CARD, task.slot(CardChoice.CARD).orElseThrow()));
      }
      return DialogueStep.sayAgain(proceed(task, waiting, language, now));
    }
    Optional<String> typed = CardChoice.hintsIn(text);
    if (typed.isEmpty()) {
      return DialogueStep.sayAgain(reply("card_activate.ask_digits", language));
    }
    task.fill(CardChoice.CARD_HINTS, typed.get(), now);
    return DialogueStep.say(proceed(task, waiting, language, now));
  }

  /** The confirmed activation, made once. */
  @Override
  public AssistantReply act(IntentRequest request) {
    Locale language = request.language();
    List<CardSummary> waiting = waiting(request.customer());
    Optional<CardSummary> card =
        CardChoice.byLast4(waiting, Optional.ofNullable(request.parameters().get(CardChoice.CARD)));
    if (card.isEmpty() || !cardServices.activate(request.customer(), card.get().cardId())) {
      return reply("card_activate.none", language);
    }
    return reply("card_activate.done", language, card.get().scheme(), card.get().panLast4())
        .withDone(
            Map.of(
                "cardId", card.get().cardId().toString(),
                "status", CardStatus.ACTIVE.name()));
  }

  /**
   * Asks for the digits until they name a card waiting for activation, then for "yes". Digits that
   * name none count as a miss; the third miss ends the task.
   */
  private AssistantReply proceed(
      OpenTask task, List<CardSummary> waiting, Locale language, Instant now) {
    if (waiting.isEmpty()) {
      tasks.remove(task);
      return reply("card_activate.none", language);
    }
    Optional<String> hints = task.slot(CardChoice.CARD_HINTS);
    if (hints.isEmpty()) {
      task.await(CardChoice.CARD, now);
      return reply("card_activate.ask_digits", language);
    }
    // One number per try: several at once would be several guesses.
    List<String> typed = List.of(hints.get().split("-"));
    List<CardSummary> named =
        waiting.stream()
            .filter(card -> typed.size() == 1 && typed.contains(card.panLast4()))
            .toList();
    if (named.size() != 1) {
      int misses = Integer.parseInt(task.slot(MISSES).orElse("0")) + 1;
      if (misses >= MAX_MISSES) {
        tasks.remove(task);
        return reply("card_activate.dropped", language);
      }
      task.fill(MISSES, String.valueOf(misses), now);
      task.await(CardChoice.CARD, now);
      return reply("card_activate.mismatch", language, MAX_MISSES - misses);
    }
    CardSummary card = named.get(0);
    task.fill(CardChoice.CARD, card.panLast4(), now);
    task.await(OpenTask.CONFIRMATION, now);
    return reply("card_activate.confirm", language, card.scheme(), card.panLast4());
  }

  private List<CardSummary> waiting(CustomerId customer) {
    return coreBanking.cardsOf(customer).stream()
        .filter(card -> card.status() == CardStatus.PENDING_ACTIVATION)
        .toList();
  }

  private static AssistantReply reply(String key, Locale language, Object... arguments) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED, arguments);
  }
}
