package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.Conversation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation with its transcript, detached from persistence. */
public record ConversationView(
    UUID id, String status, String language, Instant startedAt, List<MessageView> messages) {

  static ConversationView of(Conversation conversation) {
    return new ConversationView(
        conversation.id(),
        conversation.status().name(),
        conversation.language().getLanguage(),
        conversation.startedAt(),
        conversation.messages().stream().map(MessageView::of).toList());
  }
}
