package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.NewStandingOrder;
import io.tellerline.banking.domain.Payee;
import io.tellerline.banking.domain.Rhythm;
import io.tellerline.banking.domain.StandingOrderOutcome;
import io.tellerline.banking.domain.StandingOrders;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.application.PaymentOrder;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.conversation.domain.RhythmWords;
import io.tellerline.conversation.domain.StandingOrderSlots;
import io.tellerline.conversation.domain.TransferSlots;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Setting up a standing order in the chat: a saved payee, an amount (more than zero, at most the
 * chat's limit), a rhythm and the first payment's day (today to a year ahead), asked for in that
 * order as far as missing, then a summary and "yes". The order's id is chosen on "yes": it makes
 * the set-up idempotent.
 */
@ApplicationScoped
public class StandingOrderSetUp {

  static final String PAYEE = "payee";
  static final String AMOUNT = "amount";
  static final String RHYTHM = "rhythm";
  static final String FIRST = "first";
  static final String ORDER = "order";
  private static final Currency EURO = Currency.getInstance("EUR");

  @Inject OpenTasks tasks;
  @Inject CoreBanking coreBanking;
  @Inject StandingOrders standingOrders;
  @Inject BankCalendar calendar;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tellerline.standing-order.chat-limit", defaultValue = "10000")
  BigDecimal chatLimit;

  /**
   * The slots a message gives: payee id, amount, rhythm, first day (a day out of range is not
   * taken). A day of the month alone ("on the 1st") means monthly unless a rhythm is known.
   */
  Map<String, String> slotsIn(String text, CustomerId customer, Optional<OpenTask> task) {
    boolean amountAsked = task.filter(t -> AMOUNT.equals(t.awaiting())).isPresent();
    boolean rhythmKnown = task.flatMap(t -> t.slot(RHYTHM)).isPresent();
    Map<String, String> slots = new HashMap<>();
    TransferSlots.payee(text, coreBanking.payeesOf(customer))
        .ifPresent(payee -> slots.put(PAYEE, payee.id().toString()));
    StandingOrderSlots.amount(text, amountAsked)
        .filter(amount -> amount.signum() > 0)
        .ifPresent(amount -> slots.put(AMOUNT, amount.toPlainString()));
    (rhythmKnown ? RhythmWords.named(text) : RhythmWords.of(text))
        .ifPresent(rhythm -> slots.put(RHYTHM, rhythm.name()));
    firstDayIn(text).filter(this::inRange).ifPresent(day -> slots.put(FIRST, day.toString()));
    return slots;
  }

  /** A turn of the set-up: slots, corrections in the summary, or "yes". */
  DialogueStep next(OpenTask task, DialogueTurn turn) {
    Instant now = clock.instant();
    String text = turn.maskedText();
    if (OpenTask.CONFIRMATION.equals(task.awaiting()) && DialogueStep.isYes(text)) {
      task.fill(ORDER, UUID.randomUUID().toString(), now);
      return DialogueStep.confirmed(task, tasks);
    }
    Map<String, String> said = slotsIn(text, turn.customer(), Optional.of(task));
    said.forEach((slot, value) -> task.fill(slot, value, now));
    Locale language = turn.language();
    if (FIRST.equals(task.awaiting()) && !said.containsKey(FIRST) && firstDayIn(text).isPresent()) {
      // A day the customer named, only not a possible one: understood, not for staff.
      return DialogueStep.say(reply("standing_order.date_out_of_range", language));
    }
    AssistantReply question = ask(task, turn.customer(), language);
    if (!said.isEmpty()) {
      return DialogueStep.say(question);
    }
    return DialogueStep.sayAgain(
        new AssistantReply(
            question.templateKey(),
            AssistantTexts.text("standing_order.again", language) + " " + question.text(),
            question.outcome()));
  }

  /** The next question, or the summary to confirm; ends the task when there is no payee. */
  AssistantReply ask(OpenTask task, CustomerId customer, Locale language) {
    Instant now = clock.instant();
    List<Payee> payees = coreBanking.payeesOf(customer);
    if (payees.isEmpty()) {
      tasks.remove(task);
      return reply("standing_order.no_payees", language);
    }
    Optional<Payee> payee = task.slot(PAYEE).flatMap(id -> find(payees, id));
    if (payee.isEmpty()) {
      task.await(PAYEE, now);
      String names = payees.stream().map(Payee::name).collect(Collectors.joining(", "));
      return reply("standing_order.ask_payee", language, names);
    }
    Optional<BigDecimal> amount = task.slot(AMOUNT).map(BigDecimal::new);
    if (amount.isEmpty() || amount.get().compareTo(chatLimit) > 0) {
      task.await(AMOUNT, now);
      String key = amount.isEmpty() ? "standing_order.ask_amount" : "standing_order.too_large";
      return reply(key, language, payee.get().name(), euros(chatLimit).format(language));
    }
    if (task.slot(RHYTHM).isEmpty()) {
      task.await(RHYTHM, now);
      return reply(
          "standing_order.ask_rhythm",
          language,
          euros(amount.get()).format(language),
          payee.get().name());
    }
    if (task.slot(FIRST).isEmpty()) {
      task.await(FIRST, now);
      return reply("standing_order.ask_date", language);
    }
    task.await(OpenTask.CONFIRMATION, now);
    return reply(
        "standing_order.confirm",
        language,
        euros(amount.get()).format(language),
        payee.get().name(),
        payee.get().ibanLast4(),
        rhythm(Rhythm.valueOf(task.slot(RHYTHM).get()), language),
        Formats.date(LocalDate.parse(task.slot(FIRST).get()), language));
  }

  /** What the one-time code confirms: amount, payee and first payment (empty when incomplete). */
  Optional<PaymentOrder> paymentOrder(IntentRequest request) {
    Map<String, String> slots = request.parameters();
    if (!slots.keySet().containsAll(List.of(ORDER, PAYEE, AMOUNT, RHYTHM, FIRST))) {
      return Optional.empty();
    }
    Money amount = euros(new BigDecimal(slots.get(AMOUNT)));
    LocalDate first = LocalDate.parse(slots.get(FIRST));
    return find(coreBanking.payeesOf(request.customer()), slots.get(PAYEE))
        .map(
            p ->
                new PaymentOrder(
                    Optional.of(amount),
                    p.name(),
                    p.ibanLast4(),
                    Optional.of(first),
                    Optional.of(Rhythm.valueOf(slots.get(RHYTHM)))));
  }

  /** The confirmed set-up; without its slots, staff finish it with the customer verified. */
  AssistantReply perform(IntentRequest request) {
    Map<String, String> slots = request.parameters();
    Locale language = request.language();
    if (!slots.keySet().containsAll(List.of(ORDER, PAYEE, AMOUNT, RHYTHM, FIRST))) {
      return AssistantTexts.reply("action.verified_handover", language, Outcome.HANDED_OVER);
    }
    Money amount = euros(new BigDecimal(slots.get(AMOUNT)));
    LocalDate first = LocalDate.parse(slots.get(FIRST));
    if (amount.amount().compareTo(chatLimit) > 0 || !inRange(first)) {
      return reply("standing_order.failed", language);
    }
    NewStandingOrder order =
        new NewStandingOrder(
            UUID.fromString(slots.get(ORDER)),
            UUID.fromString(slots.get(PAYEE)),
            amount,
            Rhythm.valueOf(slots.get(RHYTHM)),
            first);
    StandingOrderOutcome outcome = standingOrders.create(request.customer(), order);
    if (outcome != StandingOrderOutcome.CREATED
        && outcome != StandingOrderOutcome.ALREADY_CREATED) {
      return reply("standing_order.failed", language).withDone(Map.of("status", outcome.name()));
    }
    String payee =
        find(coreBanking.payeesOf(request.customer()), slots.get(PAYEE))
            .map(Payee::name)
            .orElse("");
    return reply(
            "standing_order.created",
            language,
            amount.format(language),
            payee,
            rhythm(order.rhythm(), language),
            Formats.date(first, language))
        .withDone(
            Map.of(
                "standingOrderId", order.id().toString(),
                "payeeId", order.payeeId().toString(),
                "amount", amount.amount().toPlainString(),
                "currency", amount.currency().getCurrencyCode(),
                "rhythm", order.rhythm().name(),
                "firstPayment", first.toString(),
                "status", outcome.name()));
  }

  static String rhythm(Rhythm rhythm, Locale language) {
    return AssistantTexts.text("standing_order.rhythm." + rhythm.name(), language);
  }

  private Optional<LocalDate> firstDayIn(String text) {
    return TransferSlots.date(text, calendar.today());
  }

  /** From the bank's today to a year ahead: no payment in the past, none planned for years. */
  private boolean inRange(LocalDate day) {
    LocalDate today = calendar.today();
    return !day.isBefore(today) && !day.isAfter(today.plusYears(1));
  }

  private static Money euros(BigDecimal amount) {
    return new Money(amount, EURO);
  }

  private static Optional<Payee> find(List<Payee> payees, String id) {
    UUID wanted = UUID.fromString(id);
    return payees.stream().filter(p -> p.id().equals(wanted)).findFirst();
  }

  private static AssistantReply reply(String key, Locale language, Object... arguments) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED, arguments);
  }
}
