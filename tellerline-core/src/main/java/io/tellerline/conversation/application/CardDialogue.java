package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerId;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Blocking, reporting lost or unblocking a card as a conversation: the assistant finds the card
 * (asking for its last four digits when several fit), names it, and waits for "yes". The confirmed
 * card goes to the sensitive-action path (policy, step-up, exactly once) as its last four digits.
 */
@ApplicationScoped
public class CardDialogue {

  /** The card intents handled here; the task is named after the intent. */
  static final Set<String> TASKS = Set.of("card_block", "card_lost_or_stolen", "card_unblock");

  static final String CARD = "card";

  @Inject OpenTasks tasks;
  @Inject CoreBanking coreBanking;
  @Inject Clock clock;

  DialogueStep handle(
      Optional<OpenTask> open,
      String intent,
      Conversation conversation,
      CustomerId customer,
      String text) {
    Locale language = conversation.language();
    Instant now = clock.instant();
    OpenTask task = open.orElseGet(() -> started(conversation, intent, now));
    List<CardSummary> candidates = candidates(task.task(), customer);
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(reply("action.card.cancelled", language));
    }
    if (OpenTask.CONFIRMATION.equals(task.awaiting())) {
      if (DialogueStep.isYes(text)) {
        tasks.remove(task);
        return DialogueStep.confirm(task.slots());
      }
      return DialogueStep.sayAgain(confirmation(task, candidates, language));
    }
    Map<String, String> named = SensitiveActions.parametersFrom(task.task(), text);
    List<CardSummary> fitting =
        named.isEmpty()
            ? candidates
            : candidates.stream()
                .filter(card -> named.get(SensitiveActions.CARD_HINTS).contains(card.panLast4()))
                .toList();
    if (candidates.isEmpty() || (fitting.isEmpty() && open.isEmpty())) {
      tasks.remove(task);
      return DialogueStep.say(reply("action.card.none", language));
    }
    if (fitting.size() == 1) {
      task.fill(SensitiveActions.CARD_HINTS, fitting.get(0).panLast4(), now);
      task.await(OpenTask.CONFIRMATION, now);
      return DialogueStep.say(confirmation(task, candidates, language));
    }
    task.await(CARD, now);
    String cards =
        candidates.stream()
            .map(card -> card.scheme() + " " + card.panLast4())
            .collect(Collectors.joining(", "));
    AssistantReply which =
        AssistantTexts.reply("action.card.which", language, Outcome.ANSWERED, cards);
    return open.isPresent() ? DialogueStep.sayAgain(which) : DialogueStep.say(which);
  }

  private OpenTask started(Conversation conversation, String intent, Instant now) {
    OpenTask started = new OpenTask(conversation.id(), intent, now);
    tasks.add(started);
    return started;
  }

  /** The cards the change applies to: active ones to block, blocked ones to unblock. */
  private List<CardSummary> candidates(String intent, CustomerId customer) {
    CardStatus from = "card_unblock".equals(intent) ? CardStatus.BLOCKED : CardStatus.ACTIVE;
    return coreBanking.cardsOf(customer).stream().filter(card -> card.status() == from).toList();
  }

  private static AssistantReply confirmation(
      OpenTask task, List<CardSummary> candidates, Locale language) {
    String last4 = task.slot(SensitiveActions.CARD_HINTS).orElseThrow();
    String scheme =
        candidates.stream()
            .filter(card -> card.panLast4().equals(last4))
            .map(CardSummary::scheme)
            .findFirst()
            .orElse("");
    return AssistantTexts.reply(
        "action." + task.task() + ".confirm", language, Outcome.ANSWERED, scheme, last4);
  }

  private static AssistantReply reply(String key, Locale language) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED);
  }
}
