package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.banking.domain.PostalAddress;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.ConversationStatus;
import io.tellerline.conversation.domain.EscalationReason;
import io.tellerline.conversation.domain.IntentDecision;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.conversation.domain.PendingAction;
import io.tellerline.conversation.domain.PendingActionRepository;
import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.Caller;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.identity.domain.Role;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.ProtectedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer's side of a conversation. Every method runs in one transaction: the customer's
 * message, the assistant's reply and the audit record of the AI decision commit together or not at
 * all, so no answer leaves the server unaudited.
 *
 * <p>Only customers may call it, and each method receives the verified {@link Caller} and only ever
 * touches that caller's own customer data. Sensitive intents run only when the authentication
 * policy allows them for the caller's token; otherwise they wait as a {@link PendingAction} for
 * step-up and run once, on {@link #resume}.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER)
public class ConversationService {

  /** The tasks the assistant carries out over several turns. */
  private static final Set<String> DIALOGUES =
      Set.of(
          TransferDialogue.TASK,
          AddressDialogue.TASK,
          "card_block",
          "card_lost_or_stolen",
          "card_unblock");

  @Inject CustomerDirectory customers;
  @Inject ConversationRepository conversations;
  @Inject PendingActionRepository pendingActions;
  @Inject MessageUnderstanding understanding;
  @Inject AssistantResponder responder;
  @Inject SensitiveActions sensitiveActions;
  @Inject AuthenticationPolicy policy;
  @Inject AiDecisionRecorder decisions;
  @Inject PersonalDataProtection protection;
  @Inject Handover handover;
  @Inject OpenTasks tasks;
  @Inject TransferDialogue transfers;
  @Inject AddressDialogue addresses;
  @Inject CardDialogue cards;
  @Inject ConversationChanges changes;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tellerline.step-up.pending-action-ttl", defaultValue = "PT10M")
  Duration pendingActionTimeToLive;

  public ConversationView start(Caller caller, Channel channel) {
    CustomerProfile customer = customerOf(caller);
    Locale language = customer.preferredLanguage();
    Conversation conversation =
        Conversation.start(customer.id(), channel, language, clock.instant());
    conversation.replyAutomatically(responder.greeting(language).text(), clock.instant());
    conversations.add(conversation);
    return ConversationView.of(conversation);
  }

  /** Takes the customer's message and returns the messages it produced (theirs and the reply). */
  public TurnResult post(Caller caller, UUID conversationId, String text) {
    long started = System.nanoTime();
    CustomerProfile customer = customerOf(caller);
    Conversation conversation = ownedConversation(customer, conversationId);
    Locale language = conversation.language();
    // The new address the assistant asked for is kept whole as one protected value: the detector
    // only knows the customer's current address.
    boolean withAssistant = conversation.status() == ConversationStatus.WITH_ASSISTANT;
    Optional<OpenTask> open = withAssistant ? tasks.of(conversation.id()) : Optional.empty();
    boolean newAddress = addresses.expectsAddress(open) && PostalAddress.parse(text).isPresent();
    ProtectedText typed =
        newAddress
            ? protection.protectWhole(text, PiiType.ADDRESS)
            : protection.protect(customer, text);
    if (!withAssistant) {
      changes.announce(conversation.id());
      return TurnResult.of(
          List.of(MessageView.of(storeForStaff(conversation, customer, typed))), Optional.empty());
    }
    // The NLU and the step-up parameters see the masked text: not even tokens reach them.
    String masked = typed.marks().mask(typed.text());
    boolean first = conversation.awaitsFirstCustomerMessage();
    MessageAnalysis analysis = understanding.understand(masked, language);
    if (first) {
      adoptDetectedLanguage(conversation, analysis);
    }
    IntentPrediction prediction = analysis.intent();
    Instant now = clock.instant();
    Message question =
        conversation.receiveFromCustomer(
            typed.text(),
            typed.marks(),
            new IntentDecision(
                prediction.intent(), prediction.confidence(), analysis.frustration().probability()),
            now);
    protection.keep(customer.id(), conversation.id(), question.id(), typed);
    PolicyDecision decision = policy.decide(prediction.intent(), caller, now);
    Turn turn =
        respond(
            caller,
            new CustomerTurn(analysis, masked, question.id(), newAddress, open),
            decision,
            conversation,
            customer);
    AssistantReply reply = turn.reply();
    List<MessageView> answers = replyTo(conversation, customer, reply, now);
    decisions.record(
        caller,
        conversation,
        question,
        analysis,
        turn.gatedBy().orElse(decision),
        reply,
        System.nanoTime() - started);
    List<MessageView> shown = new ArrayList<>();
    shown.add(MessageView.of(question));
    shown.addAll(answers);
    changes.announce(conversation.id());
    return TurnResult.of(shown, turn.challenge());
  }

  /**
   * The assistant's reply to one message, the step-up challenge when it must wait, and the policy
   * decision that gated a sensitive action on this turn (a confirmed task's, which may differ from
   * the decision for the message's own intent, e.g. for "yes").
   */
  private record Turn(
      AssistantReply reply, Optional<StepUpChallenge> challenge, Optional<PolicyDecision> gatedBy) {

    Turn(AssistantReply reply, Optional<StepUpChallenge> challenge) {
      this(reply, challenge, Optional.empty());
    }
  }

  /**
   * The customer's message as the assistant sees it: analysed, masked, whether it is the address
   * asked for, and the task that was open when it arrived.
   */
  private record CustomerTurn(
      MessageAnalysis analysis,
      String text,
      UUID messageId,
      boolean newAddress,
      Optional<OpenTask> openTask) {}

  /**
   * Hand-over and "not understood" first; then a non-sensitive answer; a sensitive intent runs only
   * if the policy allows it for this token, else it waits as a pending action for step-up.
   */
  private Turn respond(
      Caller caller,
      CustomerTurn message,
      PolicyDecision decision,
      Conversation conversation,
      CustomerProfile customer) {
    Locale language = conversation.language();
    MessageAnalysis analysis = message.analysis();
    String text = message.text();
    String intent = analysis.intent().intent();
    Optional<AssistantReply> triaged = responder.triage(analysis, text, language);
    Optional<OpenTask> open = message.openTask();
    Optional<String> task =
        open.map(OpenTask::task)
            .or(
                () ->
                    Optional.of(intent).filter(DIALOGUES::contains).filter(i -> triaged.isEmpty()));
    if (task.isPresent()) {
      boolean handOver = triaged.filter(t -> t.outcome() == Outcome.HANDED_OVER).isPresent();
      DialogueStep step = dialogue(task.get(), open, message, conversation, customer);
      // A slot answer ("to Mia") may look like another intent: only a message the task could not
      // use goes to staff when the assistant's triage says so.
      if (handOver && !step.understood()) {
        tasks.of(conversation.id()).ifPresent(tasks::remove);
        return new Turn(triaged.get(), Optional.empty());
      }
      conversation.understood();
      if (step.confirmed().isEmpty()) {
        return new Turn(step.reply(), Optional.empty());
      }
      PolicyDecision confirmed = policy.decide(task.get(), caller, clock.instant());
      return performOrAwaitStepUp(
          task.get(), step.confirmed().get(), confirmed, conversation, customer);
    }
    if (triaged.isPresent() && triaged.get().outcome() == Outcome.NOT_UNDERSTOOD) {
      AssistantReply reply =
          conversation.misunderstood()
              ? Handover.lowConfidenceHandover(conversation)
              : triaged.get();
      return new Turn(reply, Optional.empty());
    }
    conversation.understood();
    if (triaged.isPresent()) {
      return new Turn(triaged.get(), Optional.empty());
    }
    if (!responder.isSensitive(intent)) {
      return new Turn(responder.answer(intent, customer.id(), language, text), Optional.empty());
    }
    return performOrAwaitStepUp(
        intent, SensitiveActions.parametersFrom(intent, text), decision, conversation, customer);
  }

  /** One turn of the task in progress (or starting). */
  private DialogueStep dialogue(
      String task,
      Optional<OpenTask> open,
      CustomerTurn message,
      Conversation conversation,
      CustomerProfile customer) {
    if (AddressDialogue.TASK.equals(task)) {
      return addresses.handle(
          open, conversation, message.text(), message.messageId(), message.newAddress());
    }
    if (CardDialogue.TASKS.contains(task)) {
      return cards.handle(open, task, conversation, customer.id(), message.text());
    }
    return transfers.handle(open, conversation, customer.id(), message.text());
  }

  /** A sensitive action runs now if the policy allows it, else it waits for step-up. */
  private Turn performOrAwaitStepUp(
      String intent,
      Map<String, String> parameters,
      PolicyDecision decision,
      Conversation conversation,
      CustomerProfile customer) {
    Locale language = conversation.language();
    if (decision.allowed()) {
      return new Turn(
          sensitiveActions.perform(intent, parameters, customer.id(), language),
          Optional.empty(),
          Optional.of(decision));
    }
    PendingAction pending =
        PendingAction.awaitStepUp(
            conversation, intent, parameters, clock.instant(), pendingActionTimeToLive);
    pendingActions.add(pending);
    return new Turn(
        AssistantTexts.reply("step_up.required", language, Outcome.STEP_UP_REQUIRED),
        Optional.of(challenge(pending, decision)),
        Optional.of(decision));
  }

  /**
   * Performs a pending sensitive action once the caller's (new) token satisfies the policy. A
   * repeated call returns the recorded result without acting again; an action of another customer
   * or conversation is reported as not found.
   */
  public TurnResult resume(Caller caller, UUID conversationId, UUID pendingActionId) {
    CustomerProfile customer = customerOf(caller);
    Conversation conversation = ownedConversation(customer, conversationId);
    PendingAction pending =
        pendingActions
            .lock(pendingActionId)
            .filter(action -> action.belongsTo(customer.id(), conversationId))
            .orElseThrow(() -> new PendingActionNotFoundException(pendingActionId));
    Instant now = clock.instant();
    PolicyDecision decision = policy.decide(pending.intent(), caller, now);
    if (pending.resultMessageId().isPresent()) {
      Message result = conversation.message(pending.resultMessageId().get()).orElseThrow();
      decisions.recordResume(caller, pending, decision, "REPLAYED");
      return new TurnResult(List.of(MessageView.of(result)), Optional.empty(), true);
    }
    if (!pending.stillRunnable(now)) {
      AssistantReply expired =
          AssistantTexts.reply("step_up.expired", conversation.language(), Outcome.EXPIRED);
      Message answer = conversation.replyAutomatically(expired.text(), now);
      decisions.recordResume(caller, pending, decision, "EXPIRED");
      changes.announce(conversation.id());
      return TurnResult.of(List.of(MessageView.of(answer)), Optional.empty());
    }
    if (!decision.allowed()) {
      decisions.recordResume(caller, pending, decision, "STEP_UP_REQUIRED");
      return TurnResult.of(List.of(), Optional.of(challenge(pending, decision)));
    }
    AssistantReply reply =
        sensitiveActions.perform(
            pending.intent(), pending.parameters(), customer.id(), conversation.language());
    List<MessageView> answers = replyTo(conversation, customer, reply, now);
    pending.complete(answers.get(0).id(), now);
    decisions.recordResume(caller, pending, decision, "PERFORMED:" + reply.templateKey());
    changes.announce(conversation.id());
    return TurnResult.of(answers, Optional.empty());
  }

  /**
   * Stores the reply tokenized like any other text (a disclosed IBAN is personal data too) and, for
   * a hand-over, queues the conversation. The customer is shown the reply's own text once, here.
   */
  private List<MessageView> replyTo(
      Conversation conversation, CustomerProfile customer, AssistantReply reply, Instant now) {
    ProtectedText text = protection.protect(customer, reply.text());
    Message answer = conversation.replyAutomatically(text.text(), text.marks(), now);
    protection.keep(customer.id(), conversation.id(), answer.id(), text);
    List<MessageView> shown =
        new ArrayList<>(List.of(MessageView.shown(answer, reply.text(), reply.downloads())));
    if (reply.outcome() == Outcome.HANDED_OVER) {
      handover
          .queue(conversation, Handover.reasonFor(reply), "assistant", now)
          .ifPresent(notice -> shown.add(MessageView.of(notice)));
    }
    return shown;
  }

  /** While staff serve (or will serve) the customer the assistant stays silent; staff answer. */
  private Message storeForStaff(
      Conversation conversation, CustomerProfile customer, ProtectedText typed) {
    Message message =
        conversation.receiveFromCustomer(typed.text(), typed.marks(), null, clock.instant());
    protection.keep(customer.id(), conversation.id(), message.id(), typed);
    return message;
  }

  /**
   * The conversation's language follows the customer's first message when it is clearly written in
   * a language the assistant speaks; otherwise the profile language stays.
   */
  private static void adoptDetectedLanguage(Conversation conversation, MessageAnalysis analysis) {
    if (!analysis.language().fromProfile()
        && Conversation.LANGUAGES.contains(analysis.language().language())) {
      conversation.switchLanguage(Locale.forLanguageTag(analysis.language().language()));
    }
  }

  /** The customer chooses the language; the assistant confirms in it. */
  public TurnResult switchLanguage(Caller caller, UUID conversationId, String language) {
    Conversation conversation = ownedConversation(customerOf(caller), conversationId);
    conversation.switchLanguage(Locale.forLanguageTag(language));
    Message notice =
        conversation.replyAutomatically(
            AssistantTexts.text("language.switched", conversation.language()), clock.instant());
    changes.announce(conversation.id());
    return TurnResult.of(List.of(MessageView.of(notice)), Optional.empty());
  }

  /** "Talk to a person": one click from any state; the customer learns their queue position. */
  public TurnResult requestPerson(Caller caller, UUID conversationId) {
    Conversation conversation = ownedConversation(customerOf(caller), conversationId);
    Instant now = clock.instant();
    Message notice =
        handover
            .queue(conversation, EscalationReason.CUSTOMER_ASKED, "customer", now)
            .orElseGet(
                () ->
                    conversation.replyAutomatically(
                        AssistantTexts.text("handover.already", conversation.language()), now));
    changes.announce(conversation.id());
    return TurnResult.of(List.of(MessageView.of(notice)), Optional.empty());
  }

  /** The customer ends the conversation; they may then rate it. */
  public TurnResult end(Caller caller, UUID conversationId) {
    Conversation conversation = ownedConversation(customerOf(caller), conversationId);
    Instant now = clock.instant();
    String from = conversation.status().name();
    Message notice =
        conversation.close(
            AssistantTexts.text("conversation.closed", conversation.language()), now);
    handover.routed(conversation, "customer", from, "CLOSED", "CUSTOMER_ENDED", now);
    changes.announce(conversation.id());
    return TurnResult.of(List.of(MessageView.of(notice)), Optional.empty());
  }

  /**
   * The one-question survey (1 to 5) with an optional comment, stored with its personal data masked
   * (nothing of it is kept).
   */
  public void rate(Caller caller, UUID conversationId, int score, String comment) {
    CustomerProfile customer = customerOf(caller);
    Conversation conversation = ownedConversation(customer, conversationId);
    String masked = null;
    if (comment != null && !comment.isBlank()) {
      ProtectedText typed = protection.protect(customer, comment.strip());
      masked = typed.marks().mask(typed.text());
    }
    conversation.rate(score, masked, clock.instant());
    changes.announce(conversation.id());
  }

  public ConversationView transcript(Caller caller, UUID conversationId) {
    Conversation conversation = ownedConversation(customerOf(caller), conversationId);
    return ConversationView.of(conversation, conversations.queuePosition(conversation));
  }

  private static StepUpChallenge challenge(PendingAction pending, PolicyDecision decision) {
    return new StepUpChallenge(
        pending.id(),
        pending.intent(),
        decision.requirement().level().acrValue(),
        decision.requirement().maxAge().map(Duration::toSeconds),
        pending.expiresAt(),
        decision.reason());
  }

  private CustomerProfile customerOf(Caller caller) {
    return customers
        .findByIdentitySubject(caller.subject())
        .orElseThrow(NotACustomerException::new);
  }

  private Conversation ownedConversation(CustomerProfile customer, UUID conversationId) {
    return conversations
        .find(conversationId)
        .filter(conversation -> conversation.belongsTo(customer.id()))
        .orElseThrow(() -> new ConversationNotFoundException(conversationId));
  }
}
