package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.Cancellation;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.DirectDebit;
import io.tellerline.banking.domain.DirectDebits;
import io.tellerline.banking.domain.Iban;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.NewStandingOrder;
import io.tellerline.banking.domain.Payee;
import io.tellerline.banking.domain.PayeeName;
import io.tellerline.banking.domain.PayeeOutcome;
import io.tellerline.banking.domain.Payees;
import io.tellerline.banking.domain.StandingOrder;
import io.tellerline.banking.domain.StandingOrderOutcome;
import io.tellerline.banking.domain.StandingOrders;
import io.tellerline.conversation.application.AssistantFixture;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.GuardedTask;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.BankCalendar;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.application.SearchToken;
import io.tellerline.privacy.detection.PiiType;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The money tasks' handlers wired with in-memory fakes: one customer's payees, standing orders,
 * direct debits and protected values by message, a fixed bank day (24 November 2026), and the
 * assistant's conversation, open task and step-up gate ({@link AssistantFixture}). {@link #named}
 * is what a first message names, {@link #start} the gate running the task's start after step-up,
 * {@link #say} one later customer turn to the dialogue, {@link #act} the gate running the action.
 */
final class MoneyTasksFixture {

  static final Instant NOW = AssistantFixture.START;
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  final AssistantFixture assistant = new AssistantFixture();
  final CustomerId customer = assistant.customer.id();
  final Conversation conversation = assistant.conversation;
  final List<Payee> payees = new ArrayList<>();
  final Map<UUID, StandingOrder> orders = new LinkedHashMap<>();
  final Map<UUID, DirectDebit> debits = new LinkedHashMap<>();
  final List<String> cancelled = new ArrayList<>();
  final Map<UUID, Map<PiiType, String>> protectedValues = new HashMap<>();
  final Clock clock = assistant.clock;
  final OpenTasks tasks = assistant.tasks;
  final BankCalendar calendar =
      new BankCalendar() {
        @Override
        public LocalDate today() {
          return TODAY;
        }
      };

  /** The conversation's language from now on (the default is English). */
  void speak(Locale language) {
    conversation.switchLanguage(language);
  }

  Payee payee(String name, String ibanLast4) {
    Payee payee = new Payee(UUID.randomUUID(), name, ibanLast4);
    payees.add(payee);
    return payee;
  }

  StandingOrder order(Payee payee, String amount, io.tellerline.banking.domain.Rhythm rhythm) {
    StandingOrder order =
        new StandingOrder(
            UUID.randomUUID(),
            payee.name(),
            payee.ibanLast4(),
            Money.of(amount, "EUR"),
            rhythm,
            LocalDate.of(2026, 1, 3));
    orders.put(order.id(), order);
    return order;
  }

  DirectDebit debit(String creditor, String category, String reference, String lastAmount) {
    DirectDebit debit =
        new DirectDebit(
            UUID.randomUUID(),
            creditor,
            category,
            reference,
            Optional.ofNullable(lastAmount).map(amount -> Money.of(amount, "EUR")),
            Optional.ofNullable(lastAmount).map(amount -> LocalDate.of(2026, 11, 2)));
    debits.put(debit.mandateId(), debit);
    return debit;
  }

  /** What the first message of a guarded task names (it goes to the gate as the start). */
  Map<String, String> named(GuardedTask handler, String masked, UUID messageId) {
    return handler.named(
        new DialogueTurn(
            handler.task(), Optional.empty(), conversation, customer, masked, messageId, false));
  }

  Map<String, String> named(GuardedTask handler, String masked) {
    return named(handler, masked, UUID.randomUUID());
  }

  /** The task's start, run by the gate after step-up: the task opens with these slots. */
  AssistantReply start(GuardedTask handler, Map<String, String> named) {
    return assistant.start(handler, named);
  }

  /** A customer message to the handler's dialogue (a task is open). */
  DialogueStep say(IntentHandler handler, String intent, String masked) {
    return say(handler, intent, masked, UUID.randomUUID(), false);
  }

  /** A customer message whose protected values ({@link #protectedValues}) are under its id. */
  DialogueStep say(
      IntentHandler handler, String intent, String masked, UUID messageId, boolean keptWhole) {
    return handler
        .dialogue()
        .orElseThrow()
        .next(
            new DialogueTurn(
                intent,
                tasks.of(conversation.id()),
                conversation,
                customer,
                masked,
                messageId,
                keptWhole));
  }

  /** The gate running the handler's action with these parameters. */
  AssistantReply act(IntentHandler handler, String intent, Map<String, String> parameters) {
    return handler.act(
        new IntentRequest(intent, customer, conversation.language(), "", parameters));
  }

  Optional<OpenTask> task() {
    return tasks.of(conversation.id());
  }

  CoreBanking coreBanking() {
    return (CoreBanking)
        Proxy.newProxyInstance(
            CoreBanking.class.getClassLoader(),
            new Class<?>[] {CoreBanking.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("payeesOf")) {
                return List.copyOf(payees);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  StandingOrders standingOrders() {
    return new StandingOrders() {
      @Override
      public List<StandingOrder> of(CustomerId owner) {
        return List.copyOf(orders.values());
      }

      @Override
      public StandingOrderOutcome create(CustomerId owner, NewStandingOrder order) {
        if (orders.containsKey(order.id())) {
          return StandingOrderOutcome.ALREADY_CREATED;
        }
        Payee payee =
            payees.stream().filter(p -> p.id().equals(order.payeeId())).findFirst().orElseThrow();
        orders.put(
            order.id(),
            new StandingOrder(
                order.id(),
                payee.name(),
                payee.ibanLast4(),
                order.amount(),
                order.rhythm(),
                order.firstPayment()));
        return StandingOrderOutcome.CREATED;
      }

      @Override
      public Cancellation cancel(CustomerId owner, UUID id) {
        return cancelIn(orders, id);
      }
    };
  }

  DirectDebits directDebits() {
    return new DirectDebits() {
      @Override
      public List<DirectDebit> of(CustomerId owner) {
        return List.copyOf(debits.values());
      }

      @Override
      public Cancellation cancel(CustomerId owner, UUID id) {
        return cancelIn(debits, id);
      }
    };
  }

  /** Saved payees: the names and IBANs the action saved, by payee id. */
  final Map<UUID, String> saved = new LinkedHashMap<>();

  Payees payeeBook() {
    return (CustomerId owner, UUID id, PayeeName name, Iban iban) -> {
      if (saved.containsKey(id)) {
        return PayeeOutcome.ALREADY_ADDED;
      }
      if (payees.stream().anyMatch(p -> name.sameAs(p.name()))) {
        return PayeeOutcome.NAME_TAKEN;
      }
      saved.put(id, name.value() + " " + iban.value());
      payees.add(new Payee(id, name.value(), iban.last4()));
      return PayeeOutcome.ADDED;
    };
  }

  /** Protection holding the values of {@link #protectedValues}; tokens are "token:" + value. */
  PersonalDataProtection protection() {
    return new PersonalDataProtection() {
      @Override
      public Optional<String> originalIn(CustomerId owner, UUID messageId, PiiType type) {
        return Optional.ofNullable(protectedValues.get(messageId)).map(values -> values.get(type));
      }

      @Override
      public Optional<SearchToken> searchTokenFor(String typed) {
        return Optional.of(new SearchToken(PiiType.IBAN, "token:" + typed.hashCode()));
      }
    };
  }

  /** Keeps a value as the pipeline would for a message, and returns the message's id. */
  UUID kept(PiiType type, String original) {
    UUID message = UUID.randomUUID();
    protectedValues.computeIfAbsent(message, id -> new HashMap<>()).put(type, original);
    return message;
  }

  private <T> Cancellation cancelIn(Map<UUID, T> items, UUID id) {
    T item = items.remove(id);
    if (item == null) {
      return cancelled.contains(id.toString())
          ? Cancellation.ALREADY_CANCELLED
          : Cancellation.NOT_FOUND;
    }
    cancelled.add(id.toString());
    return Cancellation.CANCELLED;
  }
}
