package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerId;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Payee;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.conversation.domain.TransferSlots;
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
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A transfer as a conversation: the assistant collects payee (a saved one), amount and date (today
 * unless said otherwise), asking only for what is missing, then shows a summary and waits for
 * "yes". The confirmed parameters go to the sensitive-action path (policy, step-up, exactly once).
 */
@ApplicationScoped
public class TransferDialogue {

  public static final String TASK = "transfer_money";
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

  DialogueStep handle(
      Optional<OpenTask> open, Conversation conversation, CustomerId customer, String text) {
    Locale language = conversation.language();
    Instant now = clock.instant();
    List<Payee> payees = coreBanking.payeesOf(customer);
    if (payees.isEmpty()) {
      open.ifPresent(tasks::remove);
      return DialogueStep.say(
          AssistantTexts.reply("transfer.no_payees", language, Outcome.ANSWERED));
    }
    OpenTask task =
        open.orElseGet(
            () -> {
              OpenTask started = new OpenTask(conversation.id(), TASK, now);
              tasks.add(started);
              return started;
            });
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(
          AssistantTexts.reply("transfer.cancelled", language, Outcome.ANSWERED));
    }
    if (OpenTask.CONFIRMATION.equals(task.awaiting()) && DialogueStep.isYes(text)) {
      tasks.remove(task);
      return DialogueStep.confirm(task.slots());
    }
    boolean learned = fill(task, text, payees, now);
    if (!learned && open.isPresent()) {
      return DialogueStep.sayAgain(again(ask(task, payees, language), language));
    }
    return DialogueStep.say(ask(task, payees, language));
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
