package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.Dialogue;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Blocking, reporting lost or unblocking a card as a conversation: the assistant finds the card
 * (asking for its last four digits when several fit), names it, and waits for "yes". The confirmed
 * card (its last four digits) then goes through the step-up gate to the change of its status.
 */
@ApplicationScoped
public class CardChangeHandler implements IntentHandler, Dialogue {

  static final String UNBLOCK = "card_unblock";

  /** Slot: the four-digit numbers of the message, candidates for a card's last four. */
  static final String CARD_HINTS = "card_hints";

  static final String CARD = "card";

  /** A card is named by one number; more are noise (and must fit the slot). */
  private static final int MAX_CARD_HINTS = 5;

  private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  @Inject OpenTasks tasks;
  @Inject CoreBanking coreBanking;
  @Inject Clock clock;

  @Override
  public Set<String> intents() {
    return Set.of("card_block", "card_lost_or_stolen", UNBLOCK);
  }

  @Override
  public Optional<Dialogue> dialogue() {
    return Optional.of(this);
  }

  @Override
  public DialogueStep next(DialogueTurn turn) {
    Optional<OpenTask> open = turn.open();
    String text = turn.maskedText();
    Locale language = turn.language();
    Instant now = clock.instant();
    OpenTask task = open.orElseGet(() -> started(turn, now));
    List<CardSummary> candidates = candidates(task.task(), turn.customer());
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(reply("action.card.cancelled", language));
    }
    if (OpenTask.CONFIRMATION.equals(task.awaiting())) {
      if (DialogueStep.isYes(text)) {
        return DialogueStep.confirmed(task, tasks);
      }
      return DialogueStep.sayAgain(confirmation(task, candidates, language));
    }
    List<String> named = hints(text);
    List<CardSummary> fitting =
        named.isEmpty()
            ? candidates
            : candidates.stream().filter(card -> named.contains(card.panLast4())).toList();
    if (candidates.isEmpty() || (fitting.isEmpty() && open.isEmpty())) {
      tasks.remove(task);
      return DialogueStep.say(reply("action.card.none", language));
    }
    if (fitting.size() == 1) {
      task.fill(CARD_HINTS, fitting.get(0).panLast4(), now);
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

  /** Changes the confirmed card's status: active to blocked, or blocked to active. */
  @Override
  public AssistantReply act(IntentRequest request) {
    Locale language = request.language();
    CustomerId customer = request.customer();
    List<CardSummary> candidates = candidates(request.intent(), customer);
    Set<String> hints = hintsOf(request);
    if (!hints.isEmpty()) {
      candidates = candidates.stream().filter(card -> hints.contains(card.panLast4())).toList();
    }
    if (candidates.isEmpty()) {
      return reply("action.card.none", language);
    }
    if (candidates.size() > 1) {
      return reply("action.card.which", language);
    }
    CardSummary card = candidates.get(0);
    if (!coreBanking.changeCardStatus(customer, card.cardId(), target(request.intent()))) {
      return reply("action.card.none", language);
    }
    return AssistantTexts.reply(
            "action." + request.intent() + ".done",
            language,
            Outcome.ANSWERED,
            card.scheme(),
            card.panLast4())
        .withDone(
            Map.of(
                "cardId", card.cardId().toString(),
                "status", target(request.intent()).name()));
  }

  /** The four-digit numbers in a message, at most five, as candidates for a card's last four. */
  static List<String> hints(String text) {
    return FOUR_DIGITS
        .matcher(text)
        .results()
        .map(match -> match.group(1))
        .distinct()
        .limit(MAX_CARD_HINTS)
        .toList();
  }

  private static Set<String> hintsOf(IntentRequest request) {
    String hints = request.parameters().get(CARD_HINTS);
    return hints == null ? Set.of() : Set.copyOf(Arrays.asList(hints.split(",")));
  }

  private OpenTask started(DialogueTurn turn, Instant now) {
    OpenTask started = new OpenTask(turn.conversation().id(), turn.task(), now);
    tasks.add(started);
    return started;
  }

  /** The cards the change applies to: active ones to block, blocked ones to unblock. */
  private List<CardSummary> candidates(String intent, CustomerId customer) {
    CardStatus from = UNBLOCK.equals(intent) ? CardStatus.BLOCKED : CardStatus.ACTIVE;
    return coreBanking.cardsOf(customer).stream().filter(card -> card.status() == from).toList();
  }

  private static CardStatus target(String intent) {
    return UNBLOCK.equals(intent) ? CardStatus.ACTIVE : CardStatus.BLOCKED;
  }

  private static AssistantReply confirmation(
      OpenTask task, List<CardSummary> candidates, Locale language) {
    String last4 = task.slot(CARD_HINTS).orElseThrow();
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
