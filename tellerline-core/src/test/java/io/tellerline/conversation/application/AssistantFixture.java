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
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The assistant's turn pipeline wired with fakes for its ports: the real authentication policy
 * file, in-memory tasks, pending actions and audit trail, a scripted NLU, and a protection that
 * finds no personal data (it tokenizes only what a dialogue asks to keep whole).
 */
final class AssistantFixture {

  static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final CustomerProfile customer =
      new CustomerProfile(new CustomerId(UUID.randomUUID()), Locale.ENGLISH);
  final Conversation conversation =
      Conversation.start(customer.id(), Channel.WEB_CHAT, Locale.ENGLISH, START);
  final Map<UUID, OpenTask> openTasks = new HashMap<>();
  final Map<UUID, PendingAction> pending = new HashMap<>();
  final List<AuditEvent> audit = new ArrayList<>();
  final List<String> kept = new ArrayList<>();
  final List<UUID> announced = new ArrayList<>();
  final List<String> understood = new ArrayList<>();

  /** The customer's one card, whose last four digits name it (and are no PIN). */
  final List<CardSummary> cards =
      List.of(
          new CardSummary(
              UUID.randomUUID(), "VISA", "4242", CardStatus.ACTIVE, LocalDate.of(2029, 1, 31)));

  MessageAnalysis next = analysis("greeting", 0.9);

  final IntentHandlers handlers = new IntentHandlers();
  final StepUpGate gate = new StepUpGate();
  final IntentRouter router = new IntentRouter();
  final TurnPipeline pipeline = new TurnPipeline();

  AssistantFixture(IntentHandler... handled) {
    OpenTasks tasks = new InMemoryTasks();
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
    gate.replies = replies;
    gate.decisions = decisions;
    gate.changes = announced::add;
    gate.clock = clock;
    gate.pendingActionTimeToLive = Duration.ofMinutes(10);

    router.triage = new Triage();
    router.handlers = handlers;
    router.gate = gate;
    router.tasks = tasks;

    pipeline.tasks = tasks;
    pipeline.protection = protection;
    pipeline.pins = new PinScreen();
    pipeline.pins.coreBanking = cardsOnly();
    pipeline.understanding = understanding();
    pipeline.router = router;
    pipeline.gate = gate;
    pipeline.replies = replies;
    pipeline.decisions = decisions;
    pipeline.changes = announced::add;
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
  Caller steppedUpCaller() {
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
    next = analysis(intent, 0.9);
    return router.respond(
        caller,
        new IntentRouter.CustomerTurn(
            next, text, UUID.randomUUID(), false, openTasks.values().stream().findFirst()),
        conversation,
        customer);
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
      this.tasks = fixture.new InMemoryTasks();
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

  final class InMemoryTasks implements OpenTasks {
    @Override
    public Optional<OpenTask> of(UUID conversationId) {
      return Optional.ofNullable(openTasks.get(conversationId));
    }

    @Override
    public void add(OpenTask task) {
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
    };
  }

  /** Core banking that knows only the customer's cards. */
  private CoreBanking cardsOnly() {
    return (CoreBanking)
        Proxy.newProxyInstance(
            CoreBanking.class.getClassLoader(),
            new Class<?>[] {CoreBanking.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("cardsOf")) {
                return cards;
              }
              throw new UnsupportedOperationException(method.getName());
            });
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
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
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
