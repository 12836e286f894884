package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CardLimit;
import io.tellerline.banking.domain.CardLimitChange;
import io.tellerline.banking.domain.CardLimitType;
import io.tellerline.banking.domain.CardLimits;
import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.Money;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.GuardedTask;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.LimitWords;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A card's daily limits as a conversation, after step-up ({@link GuardedTask}): the assistant finds
 * the card, shows its payment and withdrawal limits with the ranges its product allows, and asks
 * for what is missing to change one. An amount outside the range is refused with the bound named;
 * within it, the assistant shows a summary and waits for "yes". The change goes through the gate
 * again and is made once.
 */
@ApplicationScoped
public class CardLimitsHandler implements GuardedTask {

  static final String TASK = "card_limits";
  static final String LIMIT = "limit";
  static final String AMOUNT = "amount";

  /** Cards whose limits a customer may see and set: not expired. */
  private static final Set<CardStatus> WITH_LIMITS =
      Set.of(CardStatus.ACTIVE, CardStatus.BLOCKED, CardStatus.PENDING_ACTIVATION);

  @Inject OpenTasks tasks;
  @Inject CoreBanking coreBanking;
  @Inject CardLimits cardLimits;
  @Inject Clock clock;

  @Override
  public String task() {
    return TASK;
  }

  @Override
  public Map<String, String> named(DialogueTurn first) {
    return named(first.maskedText(), cards(first.customer()));
  }

  /** The task, opened after step-up: the card's limits, or the next question. */
  @Override
  public AssistantReply opened(OpenTask task, IntentRequest start) {
    return proceed(
        task, start.customer(), cards(start.customer()), start.language(), clock.instant());
  }

  @Override
  public DialogueStep next(DialogueTurn turn) {
    String text = turn.maskedText();
    List<CardSummary> cards = cards(turn.customer());
    OpenTask task = turn.open().orElseThrow();
    Instant now = clock.instant();
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(reply("card_limits.cancelled", turn.language()));
    }
    if (OpenTask.CONFIRMATION.equals(task.awaiting())) {
      if (DialogueStep.isYes(text)) {
        return DialogueStep.confirmed(task, tasks);
      }
      return DialogueStep.sayAgain(proceed(task, turn.customer(), cards, turn.language(), now));
    }
    Map<String, String> heard = named(text, cards);
    heard.forEach((slot, value) -> task.fill(slot, value, now));
    AssistantReply next = proceed(task, turn.customer(), cards, turn.language(), now);
    return heard.isEmpty() ? DialogueStep.sayAgain(next) : DialogueStep.say(next);
  }

  /** The confirmed change, made once. */
  @Override
  public AssistantReply act(IntentRequest request) {
    List<CardSummary> cards = cards(request.customer());
    Locale language = request.language();
    Optional<CardSummary> card =
        CardChoice.byLast4(cards, Optional.ofNullable(request.parameters().get(CardChoice.CARD)));
    Optional<CardLimitType> type =
        Optional.ofNullable(request.parameters().get(LIMIT)).map(CardLimitType::valueOf);
    Optional<CardLimit> limit =
        card.flatMap(c -> type.flatMap(t -> limitOf(request.customer(), c, t)));
    if (limit.isEmpty() || request.parameters().get(AMOUNT) == null) {
      return reply("card_limits.none", language);
    }
    Money amount =
        new Money(
            new BigDecimal(request.parameters().get(AMOUNT)), limit.get().amount().currency());
    CardLimitChange change =
        cardLimits.change(request.customer(), card.get().cardId(), type.get(), amount);
    if (change.status() == CardLimitChange.Status.OUT_OF_RANGE) {
      return outOfRange(limit.get(), amount, language);
    }
    if (change.status() != CardLimitChange.Status.CHANGED) {
      return reply("card_limits.none", language);
    }
    return AssistantTexts.reply(
            "card_limits.done",
            language,
            Outcome.ANSWERED,
            typeName(type.get(), language),
            card.get().scheme(),
            card.get().panLast4(),
            amount.format(language))
        .withDone(
            Map.of(
                "cardId", card.get().cardId().toString(),
                "limit", type.get().name(),
                "amount", amount.amount().toPlainString(),
                "currency", amount.currency().getCurrencyCode(),
                "changeId", change.changeId().orElseThrow().toString()));
  }

  /**
   * The next question for what is still missing: the card, then (showing its limits) which limit
   * and how much; or the summary once everything is there and within range.
   */
  private AssistantReply proceed(
      OpenTask task, CustomerId customer, List<CardSummary> cards, Locale language, Instant now) {
    CardChoice.Choice choice = CardChoice.choose(task, cards, now);
    if (choice.card().isEmpty()) {
      // A card named at the start that the customer does not hold ends the task; while the
      // assistant asks which card, a wrong number is asked about again.
      boolean asking = CardChoice.CARD.equals(task.awaiting());
      if (cards.isEmpty() || (choice.fitting().isEmpty() && !asking)) {
        tasks.remove(task);
        return reply("card_limits.none", language);
      }
      task.await(CardChoice.CARD, now);
      List<CardSummary> offered = choice.fitting().isEmpty() ? cards : choice.fitting();
      return reply("card_limits.which", language, CardChoice.listed(offered));
    }
    CardSummary card = choice.card().get();
    List<CardLimit> limits = cardLimits.limitsOf(customer, card.cardId());
    Optional<CardLimitType> type = task.slot(LIMIT).map(CardLimitType::valueOf);
    Optional<BigDecimal> amount = task.slot(AMOUNT).map(BigDecimal::new);
    if (limits.isEmpty()) {
      tasks.remove(task);
      return reply("card_limits.none", language);
    }
    String shown = shown(card, limits, language);
    if (type.isEmpty() && amount.isEmpty()) {
      tasks.remove(task);
      return reply("card_limits.shown", language, shown);
    }
    if (type.isEmpty()) {
      task.await(LIMIT, now);
      return reply("card_limits.ask_limit", language, shown);
    }
    CardLimit limit = limits.stream().filter(l -> l.type() == type.get()).findFirst().orElseThrow();
    if (amount.isEmpty()) {
      task.await(AMOUNT, now);
      return reply(
          "card_limits.ask_amount",
          language,
          shown,
          typeName(limit.type(), language),
          limit.minimum().format(language),
          limit.maximum().format(language));
    }
    Money requested = new Money(amount.get(), limit.amount().currency());
    if (!limit.allows(requested)) {
      task.await(AMOUNT, now);
      return outOfRange(limit, requested, language);
    }
    task.await(OpenTask.CONFIRMATION, now);
    return reply(
        "card_limits.confirm",
        language,
        typeName(limit.type(), language),
        card.scheme(),
        card.panLast4(),
        requested.format(language));
  }

  /** What a message says: card digits, which limit, the amount (card digits are no amount). */
  private static Map<String, String> named(String text, List<CardSummary> cards) {
    Map<String, String> named = new HashMap<>();
    CardChoice.hintsIn(text).ifPresent(hints -> named.put(CardChoice.CARD_HINTS, hints));
    LimitWords.type(text).ifPresent(type -> named.put(LIMIT, type.name()));
    Set<String> endings = cards.stream().map(CardSummary::panLast4).collect(Collectors.toSet());
    LimitWords.amount(text, endings)
        .filter(amount -> amount.signum() > 0 && amount.scale() <= 2)
        .ifPresent(amount -> named.put(AMOUNT, amount.toPlainString()));
    return named;
  }

  private List<CardSummary> cards(CustomerId customer) {
    return coreBanking.cardsOf(customer).stream()
        .filter(card -> WITH_LIMITS.contains(card.status()))
        .toList();
  }

  private Optional<CardLimit> limitOf(CustomerId customer, CardSummary card, CardLimitType type) {
    return cardLimits.limitsOf(customer, card.cardId()).stream()
        .filter(limit -> limit.type() == type)
        .findFirst();
  }

  private static String shown(CardSummary card, List<CardLimit> limits, Locale language) {
    String lines =
        limits.stream()
            .map(
                limit ->
                    AssistantTexts.text(
                        "card_limits.line",
                        language,
                        typeName(limit.type(), language),
                        limit.amount().format(language),
                        limit.minimum().format(language),
                        limit.maximum().format(language)))
            .collect(Collectors.joining("\n"));
    return AssistantTexts.text("card_limits.card", language, card.scheme(), card.panLast4())
        + "\n"
        + lines;
  }

  private static AssistantReply outOfRange(CardLimit limit, Money requested, Locale language) {
    boolean tooHigh = requested.amount().compareTo(limit.maximum().amount()) > 0;
    return reply(
        tooHigh ? "card_limits.too_high" : "card_limits.too_low",
        language,
        typeName(limit.type(), language),
        (tooHigh ? limit.maximum() : limit.minimum()).format(language),
        requested.format(language));
  }

  private static String typeName(CardLimitType type, Locale language) {
    return AssistantTexts.text("card_limits.type." + type.name(), language);
  }

  private static AssistantReply reply(String key, Locale language, Object... arguments) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED, arguments);
  }
}
