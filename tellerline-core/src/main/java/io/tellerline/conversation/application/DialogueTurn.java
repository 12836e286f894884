package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.kernel.CustomerId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One customer message to a dialogue: the task (named after its intent) and the task as stored so
 * far (empty when this message starts it), the conversation and customer, the message with personal
 * data masked, its id, and whether it was kept whole as one personal value ({@link
 * Dialogue#keptWholeAs}).
 */
public record DialogueTurn(
    String task,
    Optional<OpenTask> open,
    Conversation conversation,
    CustomerId customer,
    String maskedText,
    UUID messageId,
    boolean keptWhole) {

  public Locale language() {
    return conversation.language();
  }
}
