package io.tellerline.conversation.application.intents;

import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The shape of a task whose whole intent the authentication policy guards, so that even what it
 * shows on the way (a card's limits) or sends (a code to a new contact) comes after step-up: the
 * first message goes through the step-up gate as the task's <em>start</em>, with what it named
 * (card digits, amounts, choices; ids and amounts only) and its conversation. Once the gate lets
 * the start run (at once with a fresh second factor, else on resume, exactly once), the handler
 * opens the task and asks for what is missing. The customer's final "yes" goes through the gate
 * again as the task's <em>action</em>, so a step-up that has grown too old is asked for again.
 * Whether and when step-up is needed is the gate's decision alone.
 */
final class StepUpFirst {

  static final String STEP = "step";
  static final String CONVERSATION = "conversation";
  private static final String START = "start";
  private static final String ACTION = "action";

  private StepUpFirst() {}

  /** The first message: the task's start goes to the gate with what the message named. */
  static DialogueStep start(DialogueTurn turn, Map<String, String> named) {
    Map<String, String> parameters = new HashMap<>(named);
    parameters.put(STEP, START);
    parameters.put(CONVERSATION, turn.conversation().id().toString());
    return DialogueStep.confirm(parameters);
  }

  static boolean isStart(IntentRequest request) {
    return START.equals(request.parameters().get(STEP));
  }

  /**
   * Opens the task in the conversation the start came from, with the start's parameters as slots
   * (the task the customer just stepped up for replaces one left open there).
   */
  static OpenTask open(OpenTasks tasks, IntentRequest request, Instant now) {
    UUID conversation = UUID.fromString(request.parameters().get(CONVERSATION));
    Optional<OpenTask> left = tasks.of(conversation);
    OpenTask task;
    if (left.isPresent()) {
      task = left.get();
      task.restart(request.intent(), now);
    } else {
      task = new OpenTask(conversation, request.intent(), now);
      tasks.add(task);
    }
    request
        .parameters()
        .forEach(
            (name, value) -> {
              if (!STEP.equals(name) && !CONVERSATION.equals(name)) {
                task.fill(name, value, now);
              }
            });
    return task;
  }

  /** The confirmed task: closed, and its action (these slots) goes to the gate. */
  static DialogueStep act(OpenTasks tasks, OpenTask task, Map<String, String> slots) {
    tasks.remove(task);
    Map<String, String> parameters = new HashMap<>(slots);
    parameters.put(STEP, ACTION);
    return DialogueStep.confirm(parameters);
  }
}
