package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.Iban;
import io.tellerline.banking.domain.PayeeName;
import io.tellerline.banking.domain.PayeeOutcome;
import io.tellerline.banking.domain.Payees;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.GuardedTask;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.application.PaymentOrder;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.application.SearchToken;
import io.tellerline.privacy.detection.PiiType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Adding a payee in the chat: the name, then the IBAN (ISO 13616 check digits; a wrong one is asked
 * for again, never repeated back), a summary with the IBAN's last four, "yes", and after the gate
 * the payee is saved, at once usable for transfers. Neither name nor IBAN enters the task: each is
 * the customer's message kept encrypted as one personal value (or the IBAN the detector found in
 * it), and the task holds the message ids; the action reads them back. The step-up comes first
 * ({@link GuardedTask}), like for every money task; the saving goes through the gate again.
 */
@ApplicationScoped
public class PayeeAddHandler implements GuardedTask {

  static final String TASK = "payee_add";
  static final String NAME = "name";
  static final String IBAN = "iban";
  static final String NAME_MESSAGE = "name_message";
  static final String IBAN_MESSAGE = "iban_message";
  static final String IBAN_END = "iban_end";
  static final String PAYEE = "payee";

  /** A mistyped IBAN the detector let through (it finds only valid ones): asked for again. */
  private static final Pattern IBAN_ATTEMPT =
      Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{2}\\d{2}(?:[ .-]?[A-Za-z0-9]){11,30}");

  @Inject OpenTasks tasks;
  @Inject CoreBanking coreBanking;
  @Inject Payees payees;
  @Inject PersonalDataProtection protection;
  @Inject Clock clock;

  @Override
  public String task() {
    return TASK;
  }

  /**
   * The answer to "what is the name?" or "what is the IBAN?" is kept whole as one encrypted value:
   * an IBAN-shaped answer as an IBAN, a mistyped one too (the detector, which finds only valid
   * ones, would leave it in plain text); a name as a name.
   */
  @Override
  public Optional<PiiType> keptWholeAs(OpenTask task, String typed) {
    boolean asked = NAME.equals(task.awaiting()) || IBAN.equals(task.awaiting());
    if (!asked || DialogueStep.isYes(typed) || DialogueStep.isNo(typed)) {
      return Optional.empty();
    }
    if (Iban.looksLikeOne(typed)) {
      return Optional.of(PiiType.IBAN);
    }
    return NAME.equals(task.awaiting()) && PayeeName.parse(typed).isPresent()
        ? Optional.of(PiiType.NAME)
        : Optional.empty();
  }

  /** An IBAN in the first message is taken (kept encrypted under the message's id). */
  @Override
  public Map<String, String> named(DialogueTurn first) {
    return ibanSlots(first);
  }

  /** The task, opened after step-up: the name, or the IBAN, is asked for. */
  @Override
  public AssistantReply opened(OpenTask task, IntentRequest start) {
    return ask(task, start.customer(), start.language());
  }

  @Override
  public DialogueStep next(DialogueTurn turn) {
    OpenTask task = turn.open().orElseThrow();
    Locale language = turn.language();
    if (DialogueStep.isNo(turn.maskedText())) {
      tasks.remove(task);
      return DialogueStep.say(reply("payee_add.stopped", language));
    }
    if (OpenTask.CONFIRMATION.equals(task.awaiting())) {
      if (DialogueStep.isYes(turn.maskedText())) {
        task.fill(PAYEE, UUID.randomUUID().toString(), clock.instant());
        return DialogueStep.confirmed(task, tasks);
      }
      return DialogueStep.sayAgain(ask(task, turn.customer(), language));
    }
    Map<String, String> iban = ibanSlots(turn);
    if (!iban.isEmpty()) {
      iban.forEach((slot, value) -> task.fill(slot, value, clock.instant()));
      return DialogueStep.say(ask(task, turn.customer(), language));
    }
    // A mistyped IBAN or a name in use is an answer the task understood, not one for staff.
    if (mistypedIban(turn)) {
      return DialogueStep.say(reply("payee_add.iban_invalid", language));
    }
    if (NAME.equals(task.awaiting())) {
      return takeName(task, turn);
    }
    AssistantReply question = ask(task, turn.customer(), language);
    return DialogueStep.sayAgain(
        new AssistantReply(
            question.templateKey(),
            AssistantTexts.text("payee_add.again", language) + " " + question.text(),
            question.outcome()));
  }

  /** A confirmed new payee: the one-time code confirms its name and the end of its IBAN. */
  @Override
  public Optional<PaymentOrder> paymentOrder(IntentRequest request) {
    Map<String, String> slots = request.parameters();
    if (!slots.containsKey(IBAN_END)) {
      return Optional.empty();
    }
    return nameOf(request.customer(), slots)
        .map(
            name ->
                new PaymentOrder(
                    Optional.empty(), name.value(), slots.get(IBAN_END), Optional.empty()));
  }

  /** The confirmed payee, saved once; without its values, staff finish it. */
  @Override
  public AssistantReply act(IntentRequest request) {
    CustomerId customer = request.customer();
    Locale language = request.language();
    Map<String, String> slots = request.parameters();
    Optional<PayeeName> name = nameOf(customer, slots);
    Optional<Iban> iban = ibanOf(customer, slots.get(IBAN_MESSAGE));
    if (name.isEmpty() || iban.isEmpty() || !slots.containsKey(PAYEE)) {
      return AssistantTexts.reply("action.verified_handover", language, Outcome.HANDED_OVER);
    }
    UUID payee = UUID.fromString(slots.get(PAYEE));
    PayeeOutcome outcome = payees.add(customer, payee, name.get(), iban.get());
    Map<String, String> done = new HashMap<>();
    done.put("payeeId", payee.toString());
    done.put("status", outcome.name());
    protection
        .searchTokenFor(iban.get().value())
        .map(SearchToken::compact)
        .ifPresent(token -> done.put("ibanToken", token));
    if (outcome == PayeeOutcome.NAME_TAKEN) {
      return reply("payee_add.name_taken_now", language, name.get().value()).withDone(done);
    }
    return reply("payee_add.done", language, name.get().value(), iban.get().last4()).withDone(done);
  }

  private DialogueStep takeName(OpenTask task, DialogueTurn turn) {
    Locale language = turn.language();
    Optional<PayeeName> name =
        turn.keptWhole()
            ? protection
                .originalIn(turn.customer(), turn.messageId(), PiiType.NAME)
                .flatMap(PayeeName::parse)
            : Optional.empty();
    if (name.isEmpty()) {
      return DialogueStep.sayAgain(reply("payee_add.name_unclear", language));
    }
    if (taken(turn.customer(), name.get())) {
      return DialogueStep.say(reply("payee_add.name_taken", language, name.get().value()));
    }
    task.fill(NAME_MESSAGE, turn.messageId().toString(), clock.instant());
    return DialogueStep.say(ask(task, turn.customer(), language));
  }

  /** The next question, or the summary: the name as given, the IBAN by its last four only. */
  private AssistantReply ask(OpenTask task, CustomerId customer, Locale language) {
    Instant now = clock.instant();
    Optional<PayeeName> name = nameOf(customer, task.slots());
    if (name.isEmpty()) {
      task.await(NAME, now);
      return reply("payee_add.ask_name", language);
    }
    if (task.slot(IBAN_END).isEmpty()) {
      task.await(IBAN, now);
      return reply("payee_add.ask_iban", language, name.get().value());
    }
    task.await(OpenTask.CONFIRMATION, now);
    return reply("payee_add.confirm", language, name.get().value(), task.slot(IBAN_END).get());
  }

  /** The IBAN slots of a message holding one valid IBAN (kept whole or found by the detector). */
  private Map<String, String> ibanSlots(DialogueTurn turn) {
    return ibanOf(turn.customer(), turn.messageId().toString())
        .map(iban -> Map.of(IBAN_MESSAGE, turn.messageId().toString(), IBAN_END, iban.last4()))
        .orElse(Map.of());
  }

  /** A message with an IBAN-shaped value that is no IBAN: kept whole, or left in plain text. */
  private boolean mistypedIban(DialogueTurn turn) {
    return (turn.keptWhole()
            && protection.originalIn(turn.customer(), turn.messageId(), PiiType.IBAN).isPresent())
        || IBAN_ATTEMPT.matcher(turn.maskedText()).find();
  }

  private Optional<PayeeName> nameOf(CustomerId customer, Map<String, String> slots) {
    return Optional.ofNullable(slots.get(NAME_MESSAGE))
        .map(UUID::fromString)
        .flatMap(message -> protection.originalIn(customer, message, PiiType.NAME))
        .flatMap(PayeeName::parse);
  }

  private Optional<Iban> ibanOf(CustomerId customer, String message) {
    return Optional.ofNullable(message)
        .map(UUID::fromString)
        .flatMap(id -> protection.originalIn(customer, id, PiiType.IBAN))
        .flatMap(Iban::parse);
  }

  private boolean taken(CustomerId customer, PayeeName name) {
    return coreBanking.payeesOf(customer).stream().anyMatch(p -> name.sameAs(p.name()));
  }

  private static AssistantReply reply(String key, Locale language, Object... arguments) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED, arguments);
  }
}
