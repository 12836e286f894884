package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Payee;
import io.tellerline.banking.domain.TransferOutcome;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.Dialogue;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.application.PaymentOrder;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.conversation.domain.TransferSlots;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A transfer as a conversation: the assistant collects payee (a saved one), amount and date (today
 * unless said otherwise; the slots are read by {@link TransferSlots}), asking only for what is
 * missing, then shows a summary and waits for "yes". The confirmed slots go through the step-up
 * gate to the core-banking transfer, which runs exactly once.
 */
@ApplicationScoped
public class TransferHandler implements IntentHandler, Dialogue {

  static final String TASK = "transfer_money";
  static final String PAYEE = "payee";
  static final String AMOUNT = "amount";
  static final String CURRENCY = "currency";
  static final String DATE = "date";
  private static final Currency EURO = Currency.getInstance("EUR");

  @Inject OpenTasks tasks;
  @Inject CoreBanking coreBanking;
  @Inject Clock clock;
  @Inject BankCalendar calendar;

  @Inject
  @ConfigProperty(name = "tellerline.transfer.chat-limit", defaultValue = "10000")
  BigDecimal chatLimit;

  @Override
  public Set<String> intents() {
    return Set.of(TASK);
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
    List<Payee> payees = coreBanking.payeesOf(turn.customer());
    if (payees.isEmpty()) {
      open.ifPresent(tasks::remove);
      return DialogueStep.say(
          AssistantTexts.reply("transfer.no_payees", language, Outcome.ANSWERED));
    }
    OpenTask task =
        open.orElseGet(
            () -> {
              OpenTask started = new OpenTask(turn.conversation().id(), TASK, now);
              tasks.add(started);
              return started;
            });
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(
          AssistantTexts.reply("transfer.cancelled", language, Outcome.ANSWERED));
    }
    if (OpenTask.CONFIRMATION.equals(task.awaiting()) && DialogueStep.isYes(text)) {
      return DialogueStep.confirmed(task, tasks);
    }
    boolean learned = fill(task, text, payees, now);
    if (!learned && open.isPresent()) {
      return DialogueStep.sayAgain(again(ask(task, payees, language), language));
    }
    return DialogueStep.say(ask(task, payees, language));
  }

  /** What the customer's one-time code must confirm: amount, payee and date of the transfer. */
  @Override
  public Optional<PaymentOrder> paymentOrder(IntentRequest request) {
    Map<String, String> slots = request.parameters();
    if (!slots.keySet().containsAll(List.of(PAYEE, AMOUNT, CURRENCY, DATE))) {
      return Optional.empty();
    }
    Money amount = Money.of(slots.get(AMOUNT), slots.get(CURRENCY));
    return find(coreBanking.payeesOf(request.customer()), slots.get(PAYEE))
        .map(
            payee ->
                new PaymentOrder(
                    Optional.of(amount),
                    payee.name(),
                    payee.ibanLast4(),
                    Optional.of(LocalDate.parse(slots.get(DATE)))));
  }

  /** The confirmed transfer; without its slots, staff finish it with the customer verified. */
  @Override
  public AssistantReply act(IntentRequest request) {
    Map<String, String> slots = request.parameters();
    Locale language = request.language();
    CustomerId customer = request.customer();
    if (!slots.keySet().containsAll(List.of(PAYEE, AMOUNT, DATE))) {
      return AssistantTexts.reply("action.verified_handover", language, Outcome.HANDED_OVER);
    }
    UUID payeeId = UUID.fromString(slots.get(PAYEE));
    Money amount =
        new Money(new BigDecimal(slots.get(AMOUNT)), Currency.getInstance(slots.get(CURRENCY)));
    LocalDate date = LocalDate.parse(slots.get(DATE));
    String payee =
        coreBanking.payeesOf(customer).stream()
            .filter(p -> p.id().equals(payeeId))
            .map(Payee::name)
            .findFirst()
            .orElse("");
    TransferOutcome outcome =
        coreBanking.transfer(customer, payeeId, amount, date, "Chat transfer");
    Map<String, String> done =
        Map.of(
            "payeeId", payeeId.toString(),
            "amount", amount.amount().toPlainString(),
            "currency", amount.currency().getCurrencyCode(),
            "executionDate", date.toString(),
            "status", outcome.status().name());
    return answer(outcome, amount, payee, date, language).withDone(done);
  }

  private static AssistantReply answer(
      TransferOutcome outcome, Money amount, String payee, LocalDate date, Locale language) {
    return switch (outcome.status()) {
      case EXECUTED ->
          AssistantTexts.reply(
              "transfer.done",
              language,
              Outcome.ANSWERED,
              amount.format(language),
              payee,
              outcome.newBalance().orElseThrow().format(language));
      case SCHEDULED ->
          AssistantTexts.reply(
              "transfer.scheduled",
              language,
              Outcome.ANSWERED,
              amount.format(language),
              payee,
              date.format(
                  DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)));
      case INSUFFICIENT_FUNDS ->
          AssistantTexts.reply("transfer.insufficient", language, Outcome.ANSWERED);
      default -> AssistantTexts.reply("transfer.failed", language, Outcome.ANSWERED);
    };
  }

  /** Takes whatever slots the message gives; true if it gave one. */
  private boolean fill(OpenTask task, String text, List<Payee> payees, Instant now) {
    boolean learned = false;
    Optional<Payee> payee = TransferSlots.payee(text, payees);
    if (payee.isPresent()) {
      task.fill(PAYEE, payee.get().id().toString(), now);
      learned = true;
    }
    Optional<BigDecimal> amount = TransferSlots.amount(text, AMOUNT.equals(task.awaiting()));
    if (amount.isPresent() && amount.get().signum() > 0) {
      task.fill(AMOUNT, amount.get().toPlainString(), now);
      task.fill(CURRENCY, EURO.getCurrencyCode(), now);
      learned = true;
    }
    LocalDate today = calendar.today();
    Optional<LocalDate> date =
        TransferSlots.date(text, today)
            .filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(90)));
    if (date.isPresent()) {
      task.fill(DATE, date.get().toString(), now);
      learned = true;
    }
    return learned;
  }

  /** The next question, or the summary to confirm. */
  private AssistantReply ask(OpenTask task, List<Payee> payees, Locale language) {
    Instant now = clock.instant();
    Optional<Payee> payee = task.slot(PAYEE).flatMap(id -> find(payees, id));
    if (payee.isEmpty()) {
      task.await(PAYEE, now);
      String names = payees.stream().map(Payee::name).collect(Collectors.joining(", "));
      return AssistantTexts.reply("transfer.ask_payee", language, Outcome.ANSWERED, names);
    }
    Optional<BigDecimal> amount = task.slot(AMOUNT).map(BigDecimal::new);
    if (amount.isEmpty() || amount.get().compareTo(chatLimit) > 0) {
      task.await(AMOUNT, now);
      String key = amount.isEmpty() ? "transfer.ask_amount" : "transfer.too_large";
      return AssistantTexts.reply(
          key,
          language,
          Outcome.ANSWERED,
          payee.get().name(),
          new Money(chatLimit, EURO).format(language));
    }
    if (task.slot(DATE).isEmpty()) {
      task.fill(DATE, calendar.today().toString(), now);
    }
    task.await(OpenTask.CONFIRMATION, now);
    return AssistantTexts.reply(
        "transfer.confirm",
        language,
        Outcome.ANSWERED,
        new Money(amount.get(), EURO).format(language),
        payee.get().name(),
        payee.get().ibanLast4(),
        LocalDate.parse(task.slot(DATE).get())
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)));
  }

  private static AssistantReply again(AssistantReply question, Locale language) {
    return new AssistantReply(
        question.templateKey(),
        AssistantTexts.text("transfer.again", language) + " " + question.text(),
        question.outcome());
  }

  private static Optional<Payee> find(List<Payee> payees, String id) {
    return payees.stream().filter(p -> p.id().equals(UUID.fromString(id))).findFirst();
  }
}
