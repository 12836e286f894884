package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.Message;
import java.time.Instant;
import java.util.UUID;

/** A message as shown to the customer or to staff. */
public record MessageView(
    UUID id, int sequence, String author, String body, boolean automated, Instant createdAt) {

  static MessageView of(Message message) {
    return new MessageView(
        message.id(),
        message.sequence(),
        message.author().name(),
        message.body(),
        message.automated(),
        message.createdAt());
  }
}
