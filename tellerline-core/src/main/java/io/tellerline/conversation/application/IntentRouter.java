package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.Caller;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.privacy.detection.PiiType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides who answers a customer's message: triage first (hand-over, "not understood"), then the
 * task in progress or a dialogue the intent starts, then the intent's handler. Guarded actions, and
 * the first turn of a {@link GuardedTask}, go through the {@link StepUpGate}.
 */
@ApplicationScoped
public class IntentRouter {

  @Inject Triage triage;
  @Inject IntentHandlers handlers;
  @Inject StepUpGate gate;
  @Inject OpenTasks tasks;

  /**
   * The customer's message as the assistant sees it: analysed, masked, its id, whether it was kept
   * whole as one personal value, and the task that was open when it arrived.
   */
  record CustomerTurn(
      MessageAnalysis analysis,
      String maskedText,
      UUID messageId,
      boolean keptWhole,
      Optional<OpenTask> openTask) {}

  /** How the open task's dialogue wants this message kept, if as one personal value. */
  Optional<PiiType> keptWholeAs(Optional<OpenTask> open, String typed) {
    return open.flatMap(
        task -> handlers.dialogueOf(task.task()).flatMap(d -> d.keptWholeAs(task, typed)));
  }

  Answer respond(
      Caller caller, CustomerTurn message, Conversation conversation, CustomerProfile customer) {
    Locale language = conversation.language();
    MessageAnalysis analysis = message.analysis();
    String text = message.maskedText();
    String intent = analysis.intent().intent();
    Optional<AssistantReply> triaged = triage.triage(analysis, text, language);
    Optional<OpenTask> open = message.openTask();
    Optional<String> task =
        open.map(OpenTask::task)
            .or(
                () ->
                    Optional.of(intent)
                        .filter(i -> handlers.dialogueOf(i).isPresent())
                        .filter(i -> triaged.isEmpty()));
    if (task.isPresent()) {
      return converse(caller, task.get(), message, triaged, conversation, customer);
    }
    if (triaged.isPresent() && triaged.get().outcome() == Outcome.NOT_UNDERSTOOD) {
      return Answer.of(
          conversation.misunderstood()
              ? Handover.lowConfidenceHandover(conversation)
              : triaged.get());
    }
    conversation.understood();
    if (triaged.isPresent()) {
      return Answer.of(triaged.get());
    }
    IntentHandler handler = handlers.serving(intent);
    if (!gate.guards(intent)) {
      return Answer.of(handler.act(IntentRequest.answer(intent, customer.id(), language, text)));
    }
    return gate.pass(caller, intent, handler.parameters(intent, text), conversation, customer);
  }

  /**
   * One turn of the task in progress (or starting); a confirmed task, and the start of a {@link
   * GuardedTask}, go through the gate.
   */
  private Answer converse(
      Caller caller,
      String task,
      CustomerTurn message,
      Optional<AssistantReply> triaged,
      Conversation conversation,
      CustomerProfile customer) {
    Dialogue dialogue =
        handlers
            .dialogueOf(task)
            .orElseThrow(() -> new IllegalStateException("no dialogue serves the task " + task));
    DialogueTurn turn =
        new DialogueTurn(
            task,
            message.openTask(),
            conversation,
            customer.id(),
            message.maskedText(),
            message.messageId(),
            message.keptWhole());
    if (turn.open().isEmpty() && dialogue instanceof GuardedTask guarded) {
      // Nothing is shown or asked before the step-up: the first turn is the task's start.
      conversation.understood();
      return gate.pass(
          caller, task, GuardedStarts.start(guarded.named(turn)), conversation, customer);
    }
    DialogueStep step = dialogue.next(turn);
    // A slot answer ("to Mia") may look like another intent: only a message the task could not
    // use goes to staff when the assistant's triage says so.
    boolean handOver = triaged.filter(t -> t.outcome() == Outcome.HANDED_OVER).isPresent();
    if (handOver && !step.understood()) {
      tasks.of(conversation.id()).ifPresent(tasks::remove);
      return Answer.of(triaged.get());
    }
    conversation.understood();
    if (step.confirmed().isEmpty()) {
      return Answer.of(step.reply());
    }
    return gate.pass(caller, task, step.confirmed().get(), conversation, customer);
  }
}
