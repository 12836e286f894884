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
 * The first turn of a task the policy guards as a whole (standing orders, direct debits, payees:
 * seeing them is as sensitive as changing them). Before the assistant shows or asks anything, the
 * request goes through the step-up gate as an "opening" action, carrying only what the first
 * message said as ids, amounts and dates. The action — at once with a fresh second factor, else
 * after step-up — opens the task in the conversation; the confirmed change at its end goes through
 * the gate again. No task is open while the step-up is pending, so the customer can ask other
 * things meanwhile.
 */
final class GuardedOpening {

  static final String STAGE = "stage";
  static final String OPENING = "opening";

  /** The conversation to open the task in: the action request knows only the customer. */
  static final String CONVERSATION = "conversation";

  private GuardedOpening() {}

  /** The first turn: the opening action with the slots read from the first message. */
  static DialogueStep request(DialogueTurn turn, Map<String, String> slots) {
    Map<String, String> parameters = new HashMap<>(slots);
    parameters.put(STAGE, OPENING);
    parameters.put(CONVERSATION, turn.conversation().id().toString());
    return DialogueStep.confirm(parameters);
  }

  static boolean isOpening(IntentRequest request) {
    return OPENING.equals(request.parameters().get(STAGE))
        && request.parameters().containsKey(CONVERSATION);
  }

  /**
   * Opens the task with the opening's slots. Empty when a task is open in the conversation already
   * (one per conversation): the customer started another one while the step-up was pending.
   */
  static Optional<OpenTask> open(OpenTasks tasks, String name, IntentRequest request, Instant now) {
    UUID conversation = UUID.fromString(request.parameters().get(CONVERSATION));
    if (tasks.of(conversation).isPresent()) {
      return Optional.empty();
    }
    OpenTask task = new OpenTask(conversation, name, now);
    request.parameters().entrySet().stream()
        .filter(slot -> !slot.getKey().equals(STAGE) && !slot.getKey().equals(CONVERSATION))
        .forEach(slot -> task.fill(slot.getKey(), slot.getValue(), now));
    tasks.add(task);
    return Optional.of(task);
  }
}
