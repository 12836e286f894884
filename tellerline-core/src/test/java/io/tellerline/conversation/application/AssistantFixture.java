package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.application.RecordingAudit;
import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.conversation.domain.PendingAction;
import io.tellerline.conversation.domain.PendingActionRepository;
import io.tellerline.identity.infrastructure.AuthenticationPolicyFile;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.knowledge.application.FaqAnswers;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.nlu.language.LanguageGuess;
import io.tellerline.nlu.sentiment.FrustrationDetector.Frustration;
import io.tellerline.platform.BankCalendar;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.PiiMark;
import io.tellerline.privacy.domain.PiiMarks;
import io.tellerline.privacy.domain.ProtectedText;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The assistant's turn pipeline wired with fakes for its ports: the real authentication policy
 * file, router and step-up gate, in-memory tasks (one per conversation), pending actions and audit
 * trail, a scripted NLU, a protection that finds no personal data (it tokenizes only what a
 * dialogue asks to keep whole), and a customer with three cards. Handler tests talk to their
 * handler through it ({@link #say}) as a customer who has just stepped up, so the gate lets a
 * guarded step run at once as it does on resume; {@link #sayBeforeStepUp} and {@link #resume} show
 * what waits for the step-up.
 */
public final class AssistantFixture {

  public static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

  public final MutableClock clock = new MutableClock(START);
  public final CustomerProfile customer =
      new CustomerProfile(new CustomerId(UUID.randomUUID()), Locale.ENGLISH);
  public final Conversation conversation =
      Conversation.start(customer.id(), Channel.WEB_CHAT, Locale.ENGLISH, START);
  final Map<UUID, OpenTask> openTasks = new HashMap<>();
  final Map<UUID, PendingAction> pending = new LinkedHashMap<>();
  final List<AuditEvent> audit = new ArrayList<>();
  final List<String> kept = new ArrayList<>();
  final List<UUID> announced = new ArrayList<>();
  final List<String> understood = new ArrayList<>();

  /** What the assistant reported to the chat's metrics. */
  public final RecordingTelemetry telemetry = new RecordingTelemetry();

  /** The customer's open tasks: give them to the handler under test. */
  public final OpenTasks tasks = new InMemoryTasks();

  /** The customer's cards, whose last four digits name them (and are no PIN). */
  public List<CardSummary> cards =
      List.of(
          card("VISA", "4242", CardStatus.ACTIVE),
          card("MASTERCARD", "8431", CardStatus.BLOCKED),
          card("VISA", "7311", CardStatus.PENDING_ACTIVATION));

  MessageAnalysis next = analysis("greeting", 0.9);

  final IntentHandlers handlers = new IntentHandlers();
  final StepUpGate gate = new StepUpGate();
  final IntentRouter router = new IntentRouter();
  final TurnPipeline pipeline = new TurnPipeline();

  public AssistantFixture(IntentHandler... handled) {
    PersonalDataProtection protection = new FakeProtection();
    Audit recording = RecordingAudit.into(audit, clock, passwordCaller());
    AiDecisionRecorder decisions = new AiDecisionRecorder();
    decisions.audit = recording;
    decisions.understanding = understanding();
    Handover handover = new Handover();
    handover.conversations = queue();
    handover.audit = recording;
    handover.calendar =
        new BankCalendar() {
          @Override
          public ZoneId zone() {
            return ZoneId.of("Europe/Berlin");
          }
        };
    handover.hoursText = "MON-SUN 00:00-24:00";
    handover.telemetry = telemetry;
    handover.init();
    Replies replies = new Replies();
    replies.protection = protection;
    replies.handover = handover;

    handlers.policy = AuthenticationPolicyFile.bundled(action -> Optional.empty());
    handlers.knowledgeBase = new KnowledgeBaseAnswers();
    handlers.knowledgeBase.faq =
        new FaqAnswers() {
          @Override
          public Optional<Citation> answer(Locale language, String question, String intent) {
            return Optional.empty();
          }
        };
    handlers.verifiedHandover = new VerifiedHandover();
    handlers.byIntent = IntentHandlers.index(List.of(handled));

    gate.policy = handlers.policy;
    gate.pendingActions = new InMemoryPendingActions();
    gate.handlers = handlers;
    gate.starts = new GuardedStarts();
    gate.starts.tasks = tasks;
    gate.starts.clock = clock;
    gate.replies = replies;
    gate.decisions = decisions;
    gate.changes = announced::add;
    gate.telemetry = telemetry;
    gate.clock = clock;
    gate.pendingActionTimeToLive = Duration.ofMinutes(10);

    router.triage = new Triage();
    router.handlers = handlers;
    router.gate = gate;
    router.tasks = tasks;

    pipeline.tasks = tasks;
    pipeline.protection = protection;
    pipeline.cardSecrets = new CardSecretScreen();
    pipeline.cardSecrets.coreBanking = coreBanking();
    pipeline.cardSecrets.audit = recording;
    pipeline.understanding = understanding();
    pipeline.router = router;
    pipeline.gate = gate;
    pipeline.replies = replies;
    pipeline.decisions = decisions;
    pipeline.changes = announced::add;
    pipeline.telemetry = telemetry;
    pipeline.clock = clock;
  }

  /** The handlers the assistant has (instead of those given to the constructor). */
  void serve(IntentHandler... handled) {
    handlers.byIntent = IntentHandlers.index(List.of(handled));
  }

  /** A customer signed in with a password only. */
  static Caller passwordCaller() {
    return new Caller(
        "sub-alice",
        "alice",
        Set.of("customer"),
        "password",
        List.of("pwd"),
        Optional.of(START.minusSeconds(60)));
  }

  /** A customer who has just stepped up with a one-time code. */
  public Caller steppedUpCaller() {
    return new Caller(
        "sub-alice",
        "alice",
        Set.of("customer"),
        "mfa",
        List.of("pwd", "otp"),
        Optional.of(clock.instant()));
  }

  static MessageAnalysis analysis(String intent, double confidence) {
    return new MessageAnalysis(
        new LanguageGuess("en", 0.99, false),
        new IntentPrediction(
            intent,
            confidence,
            List.of(),
            "test-model",
            false,
            IntentPrediction.Explanation.none()),
        new Frustration(false, 0.05));
  }

  /** The assistant's answer to one message, as the turn pipeline gives it. */
  Answer respond(Caller caller, String intent, String text) {
    return respond(caller, intent, text, UUID.randomUUID(), false);
  }

  private Answer respond(
      Caller caller, String intent, String text, UUID messageId, boolean keptWhole) {
    next = analysis(intent, 0.9);
    return router.respond(
        caller,
        new IntentRouter.CustomerTurn(
            next, text, messageId, keptWhole, tasks.of(conversation.id())),
        conversation,
        customer);
  }

  /**
   * The customer's message to this handler (served from now on), understood as its intent, from a
   * customer who has just stepped up: the reply, or for a guarded step the action's reply.
   */
  public AssistantReply say(IntentHandler handler, String text) {
    return say(handler, text, UUID.randomUUID(), false);
  }

  /** The same for a message with this id, kept whole as one personal value or not. */
  public AssistantReply say(IntentHandler handler, String text, UUID messageId, boolean keptWhole) {
    return respond(steppedUpCaller(), served(handler), text, messageId, keptWhole).reply();
  }

  /** The customer's message with the password session only: a guarded step waits. */
  public AssistantReply sayBeforeStepUp(IntentHandler handler, String text) {
    return respond(passwordCaller(), served(handler), text).reply();
  }

  /**
   * A guarded task's start with these named slots, run by the gate for a customer who has just
   * stepped up (as on resume): the task opens and its handler replies.
   */
  public AssistantReply start(GuardedTask handler, Map<String, String> named) {
    served(handler);
    return gate.pass(
            steppedUpCaller(), handler.task(), GuardedStarts.start(named), conversation, customer)
        .reply();
  }

  /** What the latest pending action keeps for after the step-up. */
  public Map<String, String> parked() {
    return List.copyOf(pending.values()).get(pending.size() - 1).parameters();
  }

  /** What the first message named, when the latest pending action is a guarded task's start. */
  public Optional<Map<String, String>> parkedStart() {
    return GuardedStarts.named(parked());
  }

  /** The customer back from the step-up: the latest pending action resumed; the reply's text. */
  public String resume() {
    UUID latest = List.copyOf(pending.keySet()).get(pending.size() - 1);
    TurnResult result = gate.resume(steppedUpCaller(), customer, conversation, latest);
    return result.messages().isEmpty() ? "" : result.messages().get(0).body();
  }

  public Optional<OpenTask> task() {
    return tasks.of(conversation.id());
  }

  public static CardSummary card(String scheme, String last4, CardStatus status) {
    return new CardSummary(UUID.randomUUID(), scheme, last4, status, LocalDate.of(2029, 1, 31));
  }

  public CardSummary card(String last4) {
    return cards.stream().filter(c -> c.panLast4().equals(last4)).findFirst().orElseThrow();
  }

  /** Core banking that knows only the customer's cards. */
  public CoreBanking coreBanking() {
    return coreBanking(
        (method, arguments) -> {
          throw new UnsupportedOperationException(method.getName());
        });
  }

  /** Core banking that knows the customer's cards and answers anything else with {@code rest}. */
  public CoreBanking coreBanking(BiFunction<Method, Object[], Object> rest) {
    return (CoreBanking)
        Proxy.newProxyInstance(
            CoreBanking.class.getClassLoader(),
            new Class<?>[] {CoreBanking.class},
            (proxy, method, arguments) ->
                method.getName().equals("cardsOf") ? cards : rest.apply(method, arguments));
  }

  private String served(IntentHandler handler) {
    if (!handlers.byIntent.containsValue(handler)) {
      List<IntentHandler> all = new ArrayList<>(handlers.byIntent.values());
      all.add(handler);
      handlers.byIntent = IntentHandlers.index(all.stream().distinct().toList());
    }
    return handler.intents().iterator().next();
  }

  /** An audit event's payload, of the given type, the last one recorded. */
  String lastAudit(String type) {
    return audit.stream()
        .filter(event -> event.type().equals(type))
        .reduce((first, second) -> second)
        .orElseThrow()
        .payload();
  }

  /** A handler that answers with the intent, the text and the parameters it was given. */
  static class EchoHandler implements IntentHandler {
    final Set<String> intents;
    final List<IntentRequest> requests = new ArrayList<>();

    EchoHandler(String... intents) {
      this.intents = Set.of(intents);
    }

    @Override
    public Set<String> intents() {
      return intents;
    }

    @Override
    public Map<String, String> parameters(String intent, String maskedText) {
      return Map.of("length", String.valueOf(maskedText.length()));
    }

    @Override
    public AssistantReply act(IntentRequest request) {
      requests.add(request);
      return new AssistantReply(
          "echo:" + request.intent(),
          request.intent() + " " + request.maskedText() + " " + request.parameters(),
          Outcome.ANSWERED);
    }
  }

  /**
   * A one-slot task: asks for an amount, then for "yes". It keeps a message whole as an address
   * when the text starts with "address:".
   */
  static final class AmountDialogue implements IntentHandler, Dialogue {
    final String task;
    final List<DialogueTurn> turns = new ArrayList<>();
    final List<IntentRequest> performed = new ArrayList<>();
    private final OpenTasks tasks;

    AmountDialogue(String task, AssistantFixture fixture) {
      this.task = task;
      this.tasks = fixture.tasks;
    }

    @Override
    public Set<String> intents() {
      return Set.of(task);
    }

    @Override
    public Optional<Dialogue> dialogue() {
      return Optional.of(this);
    }

    @Override
    public Optional<PiiType> keptWholeAs(OpenTask open, String typed) {
      return typed.startsWith("address:") ? Optional.of(PiiType.ADDRESS) : Optional.empty();
    }

    @Override
    public DialogueStep next(DialogueTurn turn) {
      turns.add(turn);
      OpenTask open =
          turn.open()
              .orElseGet(
                  () -> {
                    OpenTask started = new OpenTask(turn.conversation().id(), task, START);
                    tasks.add(started);
                    return started;
                  });
      if (open.slot("amount").isPresent() && DialogueStep.isYes(turn.maskedText())) {
        tasks.remove(open);
        return DialogueStep.confirm(open.slots());
      }
      if (turn.maskedText().matches("\\d+")) {
        open.fill("amount", turn.maskedText(), START);
        return DialogueStep.say(new AssistantReply("ask.yes", "Sure?", Outcome.ANSWERED));
      }
      AssistantReply ask = new AssistantReply("ask.amount", "How much?", Outcome.ANSWERED);
      return turn.open().isPresent() ? DialogueStep.sayAgain(ask) : DialogueStep.say(ask);
    }

    @Override
    public AssistantReply act(IntentRequest request) {
      performed.add(request);
      return new AssistantReply("done:" + task, "Done.", Outcome.ANSWERED);
    }
  }

  /** Open tasks in memory, one per conversation as in the database. */
  final class InMemoryTasks implements OpenTasks {
    @Override
    public Optional<OpenTask> of(UUID conversationId) {
      return Optional.ofNullable(openTasks.get(conversationId));
    }

    @Override
    public void add(OpenTask task) {
      if (openTasks.containsKey(conversation.id())) {
        throw new IllegalStateException("one task per conversation");
      }
      openTasks.put(conversation.id(), task);
    }

    @Override
    public void remove(OpenTask task) {
      openTasks.remove(conversation.id());
    }
  }

  private final class InMemoryPendingActions implements PendingActionRepository {
    @Override
    public void add(PendingAction action) {
      pending.put(action.id(), action);
    }

    @Override
    public Optional<PendingAction> lock(UUID id) {
      return Optional.ofNullable(pending.get(id));
    }
  }

  /** Finds no personal data; a message kept whole becomes one token of its type. */
  private final class FakeProtection extends PersonalDataProtection {
    @Override
    public ProtectedText protect(CustomerProfile profile, String text) {
      return ProtectedText.unchanged(text);
    }

    @Override
    public ProtectedText protectWhole(String text, PiiType type) {
      String token = "{" + type.name() + "}";
      return new ProtectedText(
          token,
          new PiiMarks(List.of(new PiiMark(type, 0, token.length()))),
          List.of(new ProtectedText.Original(type, token, text)));
    }

    @Override
    public void keep(CustomerId owner, UUID conversationId, UUID messageId, ProtectedText text) {
      kept.add(text.text());
    }
  }

  private MessageUnderstanding understanding() {
    return new MessageUnderstanding() {
      @Override
      public MessageAnalysis understand(String text, Locale profileLanguage) {
        understood.add(text);
        return next;
      }

      @Override
      public String trainingDataSha256() {
        return "0".repeat(64);
      }

      @Override
      public String modelVersion() {
        return "test-model";
      }

      @Override
      public String frustrationModelVersion() {
        return "test-frustration-model";
      }

      @Override
      public float[] embed(String text) {
        return new float[] {1f}; // the assistant's turns never compare texts
      }
    };
  }

  /** A staff queue in which every conversation is first. */
  private static ConversationRepository queue() {
    return (ConversationRepository)
        Proxy.newProxyInstance(
            ConversationRepository.class.getClassLoader(),
            new Class<?>[] {ConversationRepository.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("queuePosition")) {
                return 1;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** A clock the test moves forward. */
  public static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    public void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
