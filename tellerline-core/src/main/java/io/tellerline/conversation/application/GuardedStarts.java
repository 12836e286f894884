package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The start of a {@link GuardedTask} at the step-up gate. The pending action keeps the start as the
 * slots its first message named plus one mark; the mark is no slot name (slots are {@code [a-z_]}),
 * so no slot can pass for it, and no handler sees it. When the gate lets the start run, the task is
 * opened in the gate's conversation (on resume: the pending action's own) and handed to its
 * handler.
 */
@ApplicationScoped
class GuardedStarts {

  private static final String STEP = "@step";
  private static final String START = "start";

  @Inject OpenTasks tasks;
  @Inject Clock clock;

  /** The start as the gate keeps it: the named slots, marked. */
  static Map<String, String> start(Map<String, String> named) {
    Map<String, String> parameters = new HashMap<>(named);
    parameters.put(STEP, START);
    return parameters;
  }

  /** The named slots of a start; empty for any other action (e.g. the task's final "yes"). */
  static Optional<Map<String, String>> named(Map<String, String> parameters) {
    if (!START.equals(parameters.get(STEP))) {
      return Optional.empty();
    }
    Map<String, String> named = new HashMap<>(parameters);
    named.remove(STEP);
    return Optional.of(named);
  }

  /**
   * Opens the task with the named slots and hands it to its handler; or, when another task is open
   * in the conversation, leaves that one alone and says so ({@link GuardedTask}: one rule).
   */
  AssistantReply open(
      GuardedTask handler,
      Map<String, String> named,
      Conversation conversation,
      CustomerProfile customer) {
    if (tasks.of(conversation.id()).isPresent()) {
      return AssistantTexts.reply(
          handler.task() + ".busy", conversation.language(), Outcome.ANSWERED);
    }
    Instant now = clock.instant();
    OpenTask task = new OpenTask(conversation.id(), handler.task(), now);
    named.forEach((slot, value) -> task.fill(slot, value, now));
    tasks.add(task);
    return handler.opened(
        task, IntentRequest.action(handler.task(), named, customer.id(), conversation.language()));
  }
}
