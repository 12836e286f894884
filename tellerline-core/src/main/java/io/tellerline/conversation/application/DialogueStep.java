package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One turn of a {@link Dialogue}: the reply; or, once the customer confirmed, the task's parameters
 * instead (the reply is then its handler's action's result or the step-up challenge). {@code
 * understood} is false when the message gave the task nothing.
 */
public record DialogueStep(
    AssistantReply reply, Optional<Map<String, String>> confirmed, boolean understood) {

  private static final Set<String> YES =
      Set.of("yes", "y", "ja", "ok", "okay", "confirm", "bestätigen", "jawohl", "sure");
  private static final Set<String> NO =
      Set.of("no", "n", "nein", "cancel", "abbrechen", "stop", "stopp");

  public static DialogueStep say(AssistantReply reply) {
    return new DialogueStep(reply, Optional.empty(), true);
  }

  public static DialogueStep sayAgain(AssistantReply reply) {
    return new DialogueStep(reply, Optional.empty(), false);
  }

  public static DialogueStep confirm(Map<String, String> parameters) {
    return new DialogueStep(null, Optional.of(parameters), true);
  }

  /**
   * The customer said "yes" to the summary: the task is over in the dialogue (removed, so a second
   * "yes" finds nothing to confirm) and its slots go through the step-up gate as the action.
   */
  public static DialogueStep confirmed(OpenTask task, OpenTasks tasks) {
    tasks.remove(task);
    return confirm(task.slots());
  }

  public static boolean isYes(String text) {
    return YES.contains(answer(text));
  }

  public static boolean isNo(String text) {
    return NO.contains(answer(text));
  }

  private static String answer(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
  }
}
