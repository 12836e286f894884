package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.Conversation;
import java.time.Instant;
import java.util.UUID;

/** One row of the staff console's conversation list. */
public record ConversationSummary(
    UUID id,
    String customerPseudonym,
    String status,
    String language,
    int messageCount,
    String lastIntent,
    Instant lastActivityAt) {

  static ConversationSummary of(Conversation conversation) {
    String lastIntent =
        conversation.messages().stream()
            .flatMap(m -> m.intentDecision().stream())
            .reduce((first, second) -> second)
            .map(d -> d.intent())
            .orElse("");
    return new ConversationSummary(
        conversation.id(),
        conversation.customerId().toString(),
        conversation.status().name(),
        conversation.language().getLanguage(),
        conversation.messages().size(),
        lastIntent,
        conversation.lastActivityAt());
  }
}
