package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.Cancellation;
import io.tellerline.banking.domain.StandingOrder;
import io.tellerline.banking.domain.StandingOrders;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.GuardedTask;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.application.PaymentOrder;
import io.tellerline.conversation.domain.CreditorWords;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.conversation.domain.RequestKind;
import io.tellerline.conversation.domain.RhythmWords;
import io.tellerline.conversation.domain.StandingOrderSlots;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.BankCalendar;
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
 * Standing orders in the chat: set one up ({@link StandingOrderSetUp}), see them (payee, amount,
 * rhythm, next payment), or cancel one ({@link CancelChoice}: by payee or by its number in the
 * list). The message says which ("set up", "show", "cancel"; an amount or a rhythm means setting
 * one up); when it does not, the assistant asks. Seeing them is guarded like changing them, so the
 * step-up comes first ({@link GuardedTask}); the confirmed change goes through the gate again.
 */
@ApplicationScoped
public class StandingOrderHandler implements GuardedTask {

  static final String TASK = "standing_order";

  /** Slot: {@link RequestKind} — what the customer wants done. */
  static final String KIND = "kind";

  @Inject OpenTasks tasks;
  @Inject StandingOrders standingOrders;
  @Inject StandingOrderSetUp setUp;
  @Inject BankCalendar calendar;
  @Inject Clock clock;

  @Override
  public String task() {
    return TASK;
  }

  @Override
  public DialogueStep next(DialogueTurn turn) {
    String text = turn.maskedText();
    OpenTask task = turn.open().orElseThrow();
    Locale language = turn.language();
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(reply("standing_order.stopped", language));
    }
    Optional<RequestKind> kind = task.slot(KIND).map(RequestKind::valueOf);
    if (kind.isEmpty()) {
      return chooseKind(task, turn);
    }
    return kind.get() == RequestKind.CREATE ? setUp.next(task, turn) : choice().next(task, turn);
  }

  /** A confirmed set-up is a payment: its step-up is bound to amount, payee and first date. */
  @Override
  public Optional<PaymentOrder> paymentOrder(IntentRequest request) {
    boolean creates = RequestKind.CREATE.name().equals(request.parameters().get(KIND));
    return creates ? setUp.paymentOrder(request) : Optional.empty();
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    String kind = request.parameters().getOrDefault(KIND, "");
    if (kind.equals(RequestKind.CREATE.name())) {
      return setUp.perform(request);
    }
    if (kind.equals(RequestKind.CANCEL.name())) {
      return cancel(request);
    }
    return AssistantTexts.reply(
        "action.verified_handover", request.language(), Outcome.HANDED_OVER);
  }

  /** The task, opened after step-up: the list (which ends it), else its first question. */
  @Override
  public AssistantReply opened(OpenTask task, IntentRequest start) {
    Locale language = start.language();
    CustomerId customer = start.customer();
    Optional<RequestKind> kind = task.slot(KIND).map(RequestKind::valueOf);
    if (kind.equals(Optional.of(RequestKind.LIST))) {
      tasks.remove(task);
      return list(customer, language);
    }
    if (kind.isEmpty()) {
      task.await(KIND, clock.instant());
      return reply("standing_order.ask_kind", language);
    }
    return ask(task, kind.get(), customer, language);
  }

  private AssistantReply ask(
      OpenTask task, RequestKind kind, CustomerId customer, Locale language) {
    return kind == RequestKind.CREATE
        ? setUp.ask(task, customer, language)
        : choice().ask(task, customer, language);
  }

  /** The answer to "set one up, see them or cancel one?". */
  private DialogueStep chooseKind(OpenTask task, DialogueTurn turn) {
    Locale language = turn.language();
    Optional<RequestKind> kind = kindIn(turn.maskedText());
    if (kind.isEmpty()) {
      return DialogueStep.sayAgain(
          new AssistantReply(
              "standing_order.ask_kind",
              AssistantTexts.text("standing_order.again", language)
                  + " "
                  + AssistantTexts.text("standing_order.ask_kind", language),
              Outcome.ANSWERED));
    }
    if (kind.get() == RequestKind.LIST) {
      tasks.remove(task);
      return DialogueStep.say(list(turn.customer(), language));
    }
    task.fill(KIND, kind.get().name(), clock.instant());
    Map<String, String> slots =
        kind.get() == RequestKind.CREATE
            ? setUp.slotsIn(turn.maskedText(), turn.customer(), Optional.of(task))
            : choice().picksIn(turn.maskedText(), turn.customer());
    slots.forEach((slot, value) -> task.fill(slot, value, clock.instant()));
    return DialogueStep.say(ask(task, kind.get(), turn.customer(), language));
  }

  /** What the first message says, as ids, amounts and dates only (kept through the step-up). */
  @Override
  public Map<String, String> named(DialogueTurn first) {
    String text = first.maskedText();
    CustomerId customer = first.customer();
    Map<String, String> slots = new HashMap<>();
    Optional<RequestKind> kind = kindIn(text);
    kind.ifPresent(k -> slots.put(KIND, k.name()));
    if (kind.equals(Optional.of(RequestKind.CREATE))) {
      slots.putAll(setUp.slotsIn(text, customer, Optional.empty()));
    } else if (kind.equals(Optional.of(RequestKind.CANCEL))) {
      slots.putAll(choice().picksIn(text, customer));
    }
    return slots;
  }

  /** The words' kind; an amount or a rhythm without one means setting up. */
  private static Optional<RequestKind> kindIn(String text) {
    return RequestKind.of(text)
        .or(
            () ->
                StandingOrderSlots.amount(text, false).isPresent()
                        || RhythmWords.named(text).isPresent()
                    ? Optional.of(RequestKind.CREATE)
                    : Optional.empty());
  }

  private AssistantReply list(CustomerId customer, Locale language) {
    List<StandingOrder> orders = standingOrders.of(customer);
    if (orders.isEmpty()) {
      return reply("standing_order.none", language);
    }
    String lines =
        IntStream.range(0, orders.size())
            .mapToObj(i -> line(i + 1, orders.get(i), language))
            .collect(Collectors.joining("\n"));
    return reply("standing_order.list", language, lines);
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
    Optional<StandingOrder> order =
        choice().chosen(request.parameters(), standingOrders.of(customer));
    Cancellation outcome = standingOrders.cancel(customer, id);
    Map<String, String> done = Map.of("standingOrderId", id.toString(), "status", outcome.name());
    return switch (outcome) {
      case CANCELLED ->
          reply(
                  "standing_order.cancelled",
                  language,
                  order.map(o -> o.amount().format(language)).orElse(""),
                  order.map(StandingOrder::payeeName).orElse(""))
              .withDone(done);
      case ALREADY_CANCELLED -> reply("standing_order.already_cancelled", language).withDone(done);
      case NOT_FOUND -> reply("standing_order.not_found", language).withDone(done);
    };
  }

  private CancelChoice<StandingOrder> choice() {
    return new CancelChoice<>("standing_order", new Orders(), tasks, clock.instant());
  }

  private String line(int position, StandingOrder order, Locale language) {
    return AssistantTexts.text(
        "standing_order.line",
        language,
        position,
        order.payeeName(),
        order.amount().format(language),
        StandingOrderSetUp.rhythm(order.rhythm(), language),
        nextPayment(order, language));
  }

  private String nextPayment(StandingOrder order, Locale language) {
    return Formats.date(order.nextPayment(calendar.today()), language);
  }

  /** Standing orders as the items of a {@link CancelChoice}: named by their payee. */
  private final class Orders implements CancelChoice.Items<StandingOrder> {
    @Override
    public List<StandingOrder> of(CustomerId customer) {
      return standingOrders.of(customer);
    }

    @Override
    public UUID id(StandingOrder order) {
      return order.id();
    }

    @Override
    public boolean named(String text, StandingOrder order) {
      return CreditorWords.mentions(text, order.payeeName());
    }

    @Override
    public String line(int position, StandingOrder order, Locale language) {
      return StandingOrderHandler.this.line(position, order, language);
    }

    @Override
    public Object[] confirmation(StandingOrder order, Locale language) {
      return new Object[] {
        order.amount().format(language),
        StandingOrderSetUp.rhythm(order.rhythm(), language),
        order.payeeName(),
        nextPayment(order, language)
      };
    }
  }

  private static AssistantReply reply(String key, Locale language, Object... arguments) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED, arguments);
  }
}
