package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationStatus;
import io.tellerline.conversation.domain.IntentDecision;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One conversation in the staff queue: how long the customer has waited, why, what the assistant
 * last recognised and how frustrated the customer seemed, who serves it, and which kinds of card
 * secret were removed from the customer's messages (empty if none).
 */
public record QueueEntry(
    UUID id,
    String customerPseudonym,
    String status,
    String escalationReason,
    Instant waitingSince,
    long waitingSeconds,
    String lastIntent,
    BigDecimal frustration,
    String assignee,
    String language,
    String cardSecretsRemoved) {

  static QueueEntry of(Conversation conversation, Instant now) {
    Instant since = conversation.waitingSince().orElse(now);
    IntentDecision last =
        conversation.messages().stream()
            .flatMap(m -> m.intentDecision().stream())
            .reduce((first, second) -> second)
            .orElse(null);
    return new QueueEntry(
        conversation.id(),
        conversation.customerId().value().toString(),
        conversation.status().name(),
        conversation.escalationReason().map(Enum::name).orElse(""),
        since,
        Duration.between(since, now).toSeconds(),
        last == null ? "" : last.intent(),
        last == null ? null : last.frustration().orElse(null),
        conversation.assignee().orElse(""),
        conversation.language().getLanguage(),
        String.join(", ", CardSecretScreen.removedFrom(conversation.messages())));
  }

  public boolean waiting() {
    return ConversationStatus.WAITING_FOR_STAFF.name().equals(status);
  }

  /** Service level: green within 2 minutes, amber within 5, red after. */
  public String serviceLevel() {
    if (!waiting() || waitingSeconds < 120) {
      return "sla-ok";
    }
    return waitingSeconds < 300 ? "sla-warning" : "sla-breached";
  }
}
