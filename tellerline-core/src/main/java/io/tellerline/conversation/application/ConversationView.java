package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationStatus;
import io.tellerline.conversation.domain.Message;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation with its transcript, detached from persistence. While the customer waits for
 * staff, {@code queuePosition} is their place in the queue (1 = next); otherwise null.
 */
public record ConversationView(
    UUID id,
    String status,
    String language,
    Instant startedAt,
    String escalationReason,
    Integer queuePosition,
    boolean rated,
    List<MessageView> messages)
    implements Serializable {

  static ConversationView of(Conversation conversation) {
    return of(conversation, null);
  }

  static ConversationView of(Conversation conversation, Integer queuePosition) {
    return of(conversation, queuePosition, conversation.messages());
  }

  /** The conversation's state with only some of its messages (those the reader does not have). */
  static ConversationView of(
      Conversation conversation, Integer queuePosition, List<Message> messages) {
    return new ConversationView(
        conversation.id(),
        conversation.status().name(),
        conversation.language().getLanguage(),
        conversation.startedAt(),
        conversation.escalationReason().map(Enum::name).orElse(null),
        conversation.status() == ConversationStatus.WAITING_FOR_STAFF ? queuePosition : null,
        conversation.satisfactionScore().isPresent(),
        messages.stream().map(MessageView::of).toList());
  }
}
