package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.Cancellation;
import io.tellerline.banking.domain.DirectDebit;
import io.tellerline.banking.domain.DirectDebits;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.GuardedTask;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.CreditorWords;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.conversation.domain.RequestKind;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Direct debits in the chat: see the mandates (creditor, mandate reference, last amount), or cancel
 * one ("cancel my direct debit to the gym": the creditor found by name or kind, "which one?" when
 * several fit). Seeing them is guarded like cancelling, so the step-up comes first ({@link
 * GuardedTask}); the confirmed cancellation goes through the gate again.
 */
@ApplicationScoped
public class DirectDebitHandler implements GuardedTask {

  static final String TASK = "direct_debit";

  /** Slot: "CANCEL" when the customer wants one cancelled; else the mandates are listed. */
  static final String KIND = "kind";

  @Inject OpenTasks tasks;
  @Inject DirectDebits directDebits;
  @Inject Clock clock;

  @Override
  public String task() {
    return TASK;
  }

  /** A cancellation and the mandate it names; anything else means seeing them. */
  @Override
  public Map<String, String> named(DialogueTurn first) {
    String text = first.maskedText();
    Map<String, String> slots = new HashMap<>();
    if (RequestKind.of(text).equals(Optional.of(RequestKind.CANCEL))) {
      slots.put(KIND, RequestKind.CANCEL.name());
      slots.putAll(choice().picksIn(text, first.customer()));
    }
    return slots;
  }

  /** The task, opened after step-up: the list (which ends it), or which one to cancel. */
  @Override
  public AssistantReply opened(OpenTask task, IntentRequest start) {
    if (!RequestKind.CANCEL.name().equals(task.slot(KIND).orElse(""))) {
      tasks.remove(task);
      return list(start.customer(), start.language());
    }
    return choice().ask(task, start.customer(), start.language());
  }

  @Override
  public DialogueStep next(DialogueTurn turn) {
    String text = turn.maskedText();
    OpenTask task = turn.open().orElseThrow();
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(reply("direct_debit.stopped", turn.language()));
    }
    return choice().next(task, turn);
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    return RequestKind.CANCEL.name().equals(request.parameters().get(KIND))
        ? cancel(request)
        : AssistantTexts.reply("action.verified_handover", request.language(), Outcome.HANDED_OVER);
  }

  private AssistantReply list(CustomerId customer, Locale language) {
    List<DirectDebit> debits = directDebits.of(customer);
    if (debits.isEmpty()) {
      return reply("direct_debit.none", language);
    }
    String lines =
        IntStream.range(0, debits.size())
            .mapToObj(i -> line(i + 1, debits.get(i), language))
            .collect(Collectors.joining("\n"));
    return reply("direct_debit.list", language, lines);
  }

  /** The confirmed cancellation; idempotent: a second run finds it cancelled already. */
  private AssistantReply cancel(IntentRequest request) {
    CustomerId customer = request.customer();
    Locale language = request.language();
    String chosen = request.parameters().get(CancelChoice.CHOSEN);
    if (chosen == null) {
      return AssistantTexts.reply("action.verified_handover", language, Outcome.HANDED_OVER);
    }
    UUID id = UUID.fromString(chosen);
    Optional<DirectDebit> debit = choice().chosen(request.parameters(), directDebits.of(customer));
    Cancellation outcome = directDebits.cancel(customer, id);
    Map<String, String> done = Map.of("mandateId", id.toString(), "status", outcome.name());
    return switch (outcome) {
      case CANCELLED ->
          reply(
                  "direct_debit.cancelled",
                  language,
                  debit.map(DirectDebit::creditor).orElse(""),
                  debit.map(DirectDebit::mandateReference).orElse(""))
              .withDone(done);
      case ALREADY_CANCELLED -> reply("direct_debit.already_cancelled", language).withDone(done);
      case NOT_FOUND -> reply("direct_debit.not_found", language).withDone(done);
    };
  }

  /** One line of the list: with the last amount debited, or saying nothing was debited yet. */
  private static String line(int position, DirectDebit debit, Locale language) {
    if (debit.lastAmount().isEmpty() || debit.lastCollectedOn().isEmpty()) {
      return AssistantTexts.text(
          "direct_debit.line_new", language, position, debit.creditor(), debit.mandateReference());
    }
    return AssistantTexts.text(
        "direct_debit.line",
        language,
        position,
        debit.creditor(),
        debit.mandateReference(),
        debit.lastAmount().get().format(language),
        Formats.date(debit.lastCollectedOn().get(), language));
  }

  private CancelChoice<DirectDebit> choice() {
    return new CancelChoice<>("direct_debit", new Mandates(), tasks, clock.instant());
  }

  /** Mandates as the items of a {@link CancelChoice}: named by creditor or its kind. */
  private final class Mandates implements CancelChoice.Items<DirectDebit> {
    @Override
    public List<DirectDebit> of(CustomerId customer) {
      return directDebits.of(customer);
    }

    @Override
    public UUID id(DirectDebit debit) {
      return debit.mandateId();
    }

    @Override
    public boolean named(String text, DirectDebit debit) {
      return CreditorWords.fits(text, debit.creditor(), debit.category());
    }

    @Override
    public String line(int position, DirectDebit debit, Locale language) {
      return DirectDebitHandler.line(position, debit, language);
    }

    @Override
    public Object[] confirmation(DirectDebit debit, Locale language) {
      return new Object[] {debit.creditor(), debit.mandateReference()};
    }
  }

  private static AssistantReply reply(String key, Locale language, Object... arguments) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED, arguments);
  }
}
