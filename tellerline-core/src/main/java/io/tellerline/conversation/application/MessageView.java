package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.Message;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as shown to the customer or to staff: personal data masked unless said otherwise,
 * documents offered with it (only in the response that produced it), and the kinds of card secret
 * removed from it (staff are alerted; the customer was warned).
 */
public record MessageView(
    UUID id,
    int sequence,
    String author,
    String body,
    boolean automated,
    Instant createdAt,
    List<Download> downloads,
    List<String> cardSecretsRemoved)
    implements Serializable {

  public MessageView {
    downloads = List.copyOf(downloads);
    cardSecretsRemoved = List.copyOf(cardSecretsRemoved);
  }

  /** The stored message, its personal data masked. */
  static MessageView of(Message message) {
    return shown(message, message.maskedBody());
  }

  /** The message as it is shown once, in the response that produced it. */
  static MessageView shown(Message message, String text) {
    return shown(message, text, List.of());
  }

  /** As {@link #shown(Message, String)}, with the documents the answer offers. */
  static MessageView shown(Message message, String text, List<Download> downloads) {
    return new MessageView(
        message.id(),
        message.sequence(),
        message.author().name(),
        text,
        message.automated(),
        message.createdAt(),
        downloads,
        message.cardSecretsRemoved());
  }
}
