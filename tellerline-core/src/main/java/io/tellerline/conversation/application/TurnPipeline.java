package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.application.IntentRouter.CustomerTurn;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationStatus;
import io.tellerline.conversation.domain.IntentDecision;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.CardSecretGuard.Screened;
import io.tellerline.privacy.domain.ProtectedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One customer message, step by step, in the caller's transaction: personal data protected first;
 * while staff serve, stored for them and nothing else; otherwise understood (language, intent,
 * frustration) on the masked text, stored with its intent, answered ({@link IntentRouter}), the
 * reply stored, the AI decision audited and the change announced.
 */
@ApplicationScoped
public class TurnPipeline {

  @Inject OpenTasks tasks;
  @Inject PersonalDataProtection protection;
  @Inject CardSecretScreen cardSecrets;
  @Inject MessageUnderstanding understanding;
  @Inject IntentRouter router;
  @Inject StepUpGate gate;
  @Inject Replies replies;
  @Inject AiDecisionRecorder decisions;
  @Inject ConversationChanges changes;
  @Inject ChatTelemetry telemetry;
  @Inject Clock clock;

  /** Takes the customer's message and returns the messages it produced (theirs and the reply). */
  TurnResult take(Caller caller, CustomerProfile customer, Conversation conversation, String text) {
    long started = System.nanoTime();
    // Checked first: nothing is stored or understood for a caller below the policy's minimum.
    PolicyDecision served = gate.servedUnguarded(caller, clock.instant());
    boolean withAssistant = conversation.status() == ConversationStatus.WITH_ASSISTANT;
    Optional<OpenTask> open = withAssistant ? tasks.of(conversation.id()) : Optional.empty();
    Optional<PiiType> whole = router.keptWholeAs(open, text);
    ProtectedText typed =
        whole.isPresent()
            ? protection.protectWhole(text, whole.get())
            : protection.protect(customer, text);
    if (!withAssistant) {
      Optional<Screened> screened =
          cardSecrets.withoutSecrets(customer.id(), typed, "", Optional.empty());
      changes.announce(conversation.id());
      Message stored =
          storeForStaff(conversation, customer, screened.map(Screened::text).orElse(typed));
      screened.ifPresent(removed -> cardSecrets.alertStaff(conversation, stored, removed));
      telemetry.staffTurn(conversation.language(), System.nanoTime() - started);
      return TurnResult.of(List.of(MessageView.of(stored)), Optional.empty());
    }
    // The NLU and the step-up parameters see the masked text: not even tokens reach them.
    String masked = typed.marks().mask(typed.text());
    boolean first = conversation.awaitsFirstCustomerMessage();
    MessageAnalysis analysis = understanding.understand(masked, conversation.language());
    if (first) {
      adoptDetectedLanguage(conversation, analysis);
    }
    IntentPrediction prediction = analysis.intent();
    // Card secrets are dropped before anything is stored or routed (the NLU kept nothing of them).
    Optional<Screened> withoutSecrets =
        cardSecrets.withoutSecrets(customer.id(), typed, prediction.intent(), open);
    if (withoutSecrets.isPresent()) {
      typed = withoutSecrets.get().text();
      masked = typed.marks().mask(typed.text());
    }
    Instant now = clock.instant();
    Message question =
        conversation.receiveFromCustomer(
            typed.text(),
            typed.marks(),
            new IntentDecision(
                prediction.intent(), prediction.confidence(), analysis.frustration().probability()),
            now);
    protection.keep(customer.id(), conversation.id(), question.id(), typed);
    withoutSecrets.ifPresent(removed -> cardSecrets.alertStaff(conversation, question, removed));
    Answer answer =
        router.respond(
            caller,
            new CustomerTurn(analysis, masked, question.id(), whole.isPresent(), open),
            conversation,
            customer);
    AssistantReply reply =
        withoutSecrets.isPresent()
            ? CardSecretScreen.warned(answer.reply(), conversation.language())
            : answer.reply();
    question.turnTaken(reply.outcome().name(), prediction.outOfScope(), prediction.modelVersion());
    List<MessageView> answers = replies.add(conversation, customer, reply, now);
    // The audit records what was done: a guarded action's own decision; else the intent's when
    // the token met it; else (e.g. a dialogue question before a guarded step) the minimum that
    // the answer was actually served under, never a refusal for an answer that was given.
    PolicyDecision ownRule = gate.decide(prediction.intent(), caller, now);
    PolicyDecision applied = answer.gatedBy().orElse(ownRule.allowed() ? ownRule : served);
    decisions.record(
        caller, conversation, question, analysis, applied, reply, System.nanoTime() - started);
    List<MessageView> shown = new ArrayList<>();
    shown.add(MessageView.of(question));
    shown.addAll(answers);
    changes.announce(conversation.id());
    telemetry.assistantTurn(reply.outcome(), conversation.language(), System.nanoTime() - started);
    return TurnResult.of(shown, answer.challenge());
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
}
