package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.ChatTelemetry.StepUpResult;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.PendingAction;
import io.tellerline.conversation.domain.PendingActionRepository;
import io.tellerline.identity.application.CustomerSignInTooWeakException;
import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The step-up gate of the assistant's actions. The authentication policy file says which intents it
 * guards (those that ask more than a signed-in session) and what they need. A guarded action runs
 * at once when the caller's token satisfies the policy; otherwise it waits as a {@link
 * PendingAction} (RFC 9470 challenge) and runs once, on {@link #resume}, after the step-up. A
 * repeated resume returns the recorded result without acting again. The start of a {@link
 * GuardedTask} passes here like an action; running it opens the task ({@link GuardedStarts}).
 */
@ApplicationScoped
public class StepUpGate {

  @Inject AuthenticationPolicy policy;
  @Inject PendingActionRepository pendingActions;
  @Inject IntentHandlers handlers;
  @Inject GuardedStarts starts;
  @Inject Replies replies;
  @Inject AiDecisionRecorder decisions;
  @Inject ConversationChanges changes;
  @Inject ChatTelemetry telemetry;
  @Inject Clock clock;

  private static final String PAYMENT_BINDING_REQUIRED = "payment_binding_required";

  @Inject
  @ConfigProperty(name = "tellerline.step-up.pending-action-ttl", defaultValue = "PT10M")
  Duration pendingActionTimeToLive;

  /** Whether the policy asks more for this intent than the session every customer has. */
  boolean guards(String intent) {
    return policy.requirementFor(intent).asksMoreThanSignIn();
  }

  PolicyDecision decide(String intent, Caller caller, Instant now) {
    return policy.decide(intent, caller, now);
  }

  /**
   * The decision under which an answer that no guarded action needed is served: the policy's
   * minimum for every customer request. The API refuses a caller below it before any turn; here it
   * is checked again, so that a turn never runs, and is never audited, on a weaker token.
   */
  PolicyDecision servedUnguarded(Caller caller, Instant now) {
    PolicyDecision minimum = policy.decide(AuthenticationPolicy.CUSTOMER_REQUEST, caller, now);
    if (!minimum.allowed()) {
      throw new CustomerSignInTooWeakException(minimum);
    }
    return minimum;
  }

  /**
   * Runs the intent's action now if the policy allows it, else parks it for step-up. A payment-like
   * action always waits: its step-up must be bound to its payment ({@link PaymentBinding}).
   */
  Answer pass(
      Caller caller,
      String intent,
      Map<String, String> parameters,
      Conversation conversation,
      CustomerProfile customer) {
    Instant now = clock.instant();
    PolicyDecision decision = policy.decide(intent, caller, now);
    Optional<PaymentOrder> order = paymentOrder(intent, parameters, conversation, customer);
    if (decision.allowed() && order.isEmpty()) {
      AssistantReply reply = act(intent, parameters, conversation, customer);
      return new Answer(reply, Optional.empty(), Optional.of(decision));
    }
    PendingAction pending =
        PendingAction.awaitStepUp(conversation, intent, parameters, now, pendingActionTimeToLive);
    order.ifPresent(o -> pending.bindPayment(PaymentBinding.payment(pending, o).fingerprint()));
    pendingActions.add(pending);
    telemetry.stepUp(StepUpResult.REQUIRED);
    return new Answer(
        AssistantTexts.reply("step_up.required", conversation.language(), Outcome.STEP_UP_REQUIRED),
        Optional.of(challenge(pending, decision, order, PAYMENT_BINDING_REQUIRED)),
        Optional.of(decision));
  }

  /**
   * Performs a pending action once the caller's (new) token satisfies the policy and, for a
   * payment-like action, authorises exactly its payment. An action of another customer or
   * conversation is reported as not found.
   */
  TurnResult resume(
      Caller caller, CustomerProfile customer, Conversation conversation, UUID pendingActionId) {
    PendingAction pending =
        pendingActions
            .lock(pendingActionId)
            .filter(action -> action.belongsTo(customer.id(), conversation.id()))
            .orElseThrow(() -> new PendingActionNotFoundException(pendingActionId));
    Instant now = clock.instant();
    PolicyDecision decision = policy.decide(pending.intent(), caller, now);
    if (pending.resultMessageId().isPresent()) {
      Message result = conversation.message(pending.resultMessageId().get()).orElseThrow();
      decisions.recordResume(caller, pending, decision, "REPLAYED", bindingRecord(pending));
      telemetry.stepUp(StepUpResult.REPLAYED);
      return new TurnResult(List.of(MessageView.of(result)), Optional.empty(), true);
    }
    if (!pending.stillRunnable(now)) {
      AssistantReply expired =
          AssistantTexts.reply("step_up.expired", conversation.language(), Outcome.EXPIRED);
      Message answer = conversation.replyAutomatically(expired.text(), now);
      decisions.recordResume(caller, pending, decision, "EXPIRED", Map.of());
      telemetry.stepUp(StepUpResult.EXPIRED);
      changes.announce(conversation.id());
      return TurnResult.of(List.of(MessageView.of(answer)), Optional.empty());
    }
    PaymentBinding.Verdict binding = PaymentBinding.check(caller, pending);
    if (!decision.allowed() || !binding.allows()) {
      Optional<PaymentOrder> order =
          pending.paymentBinding().isPresent()
              ? paymentOrder(pending.intent(), pending.parameters(), conversation, customer)
              : Optional.<PaymentOrder>empty();
      String result = decision.allowed() ? "PAYMENT_" + binding.name() : "STEP_UP_REQUIRED";
      decisions.recordResume(caller, pending, decision, result, bindingRecord(pending));
      telemetry.stepUp(StepUpResult.REFUSED);
      String reason =
          decision.allowed() ? "payment_" + binding.name().toLowerCase(java.util.Locale.ROOT) : "";
      return TurnResult.of(List.of(), Optional.of(challenge(pending, decision, order, reason)));
    }
    AssistantReply reply = act(pending.intent(), pending.parameters(), conversation, customer);
    if (binding == PaymentBinding.Verdict.MATCH) {
      Map<String, String> done = new HashMap<>(reply.done());
      done.putAll(bindingRecord(pending));
      reply = reply.withDone(done);
    }
    List<MessageView> answers = replies.add(conversation, customer, reply, now);
    pending.complete(answers.get(0).id(), now);
    decisions.recordResume(
        caller, pending, decision, "PERFORMED:" + reply.templateKey(), reply.done());
    telemetry.stepUp(StepUpResult.PERFORMED);
    changes.announce(conversation.id());
    return TurnResult.of(answers, Optional.empty());
  }

  private Optional<PaymentOrder> paymentOrder(
      String intent,
      Map<String, String> parameters,
      Conversation conversation,
      CustomerProfile customer) {
    if (GuardedStarts.named(parameters).isPresent()) {
      return Optional.empty(); // a guarded task's start opens it and moves no money
    }
    return handlers
        .serving(intent)
        .paymentOrder(
            IntentRequest.action(intent, parameters, customer.id(), conversation.language()));
  }

  /** For the audit trail: the fingerprint of the authorised payment, never the payee's IBAN. */
  private static Map<String, String> bindingRecord(PendingAction pending) {
    return pending
        .paymentBinding()
        .map(fingerprint -> Map.of("paymentBinding", fingerprint))
        .orElse(Map.of());
  }

  private AssistantReply act(
      String intent,
      Map<String, String> parameters,
      Conversation conversation,
      CustomerProfile customer) {
    IntentHandler handler = handlers.serving(intent);
    Optional<Map<String, String>> start = GuardedStarts.named(parameters);
    if (start.isPresent() && handler instanceof GuardedTask task) {
      return starts.open(task, start.get(), conversation, customer);
    }
    return handler.act(
        IntentRequest.action(intent, parameters, customer.id(), conversation.language()));
  }

  private static StepUpChallenge challenge(
      PendingAction pending,
      PolicyDecision decision,
      Optional<PaymentOrder> order,
      String paymentReason) {
    String reason = decision.allowed() && order.isPresent() ? paymentReason : decision.reason();
    return new StepUpChallenge(
        pending.id(),
        pending.intent(),
        decision.requirement().level().acrValue(),
        decision.requirement().maxAge().map(Duration::toSeconds),
        pending.expiresAt(),
        reason,
        order.map(o -> PaymentBinding.authorizationDetails(pending, o)));
  }
}
