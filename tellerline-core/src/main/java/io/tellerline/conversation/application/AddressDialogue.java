package io.tellerline.conversation.application;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A change of postal address as a conversation: the assistant asks for the new address, then for
 * "yes". The address itself never enters the task: the customer's message is kept as one protected
 * value (encrypted under their data key) and the task holds only that message's id; the
 * sensitive-action path (policy, step-up, exactly once) reads it back when it performs the change.
 */
@ApplicationScoped
public class AddressDialogue {

  public static final String TASK = "address_change";
  static final String ADDRESS = "address";
  static final String ADDRESS_MESSAGE = "address_message";

  @Inject OpenTasks tasks;
  @Inject Clock clock;

  /** Whether this message should be the new address the assistant asked for. */
  boolean expectsAddress(Optional<OpenTask> open) {
    return open.filter(task -> TASK.equals(task.task()) && ADDRESS.equals(task.awaiting()))
        .isPresent();
  }

  /**
   * This turn of the task. {@code addressMessage} is the customer's message, {@code readable}
   * whether it was read as one address (and so kept whole as a protected value).
   */
  DialogueStep handle(
      Optional<OpenTask> open,
      Conversation conversation,
      String text,
      UUID addressMessage,
      boolean readable) {
    Locale language = conversation.language();
    Instant now = clock.instant();
    if (open.isEmpty()) {
      OpenTask started = new OpenTask(conversation.id(), TASK, now);
      started.await(ADDRESS, now);
      tasks.add(started);
      return DialogueStep.say(reply("address.ask", language));
    }
    OpenTask task = open.get();
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(reply("address.cancelled", language));
    }
    if (ADDRESS.equals(task.awaiting())) {
      if (!readable) {
        return DialogueStep.sayAgain(reply("address.unclear", language));
      }
      task.fill(ADDRESS_MESSAGE, addressMessage.toString(), now);
      task.await(OpenTask.CONFIRMATION, now);
      return DialogueStep.say(reply("address.confirm", language));
    }
    if (DialogueStep.isYes(text)) {
      tasks.remove(task);
      return DialogueStep.confirm(task.slots());
    }
    return DialogueStep.sayAgain(reply("address.confirm", language));
  }

  private static AssistantReply reply(String key, Locale language) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED);
  }
}
