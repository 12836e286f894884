package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.CardSecretGuard;
import io.tellerline.privacy.domain.CardSecretGuard.Screened;
import io.tellerline.privacy.domain.ProtectedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps card secrets — PINs, security codes, expiry dates — out of the chat's records ({@link
 * CardSecretGuard}), in every message; where the customer talks about her PIN (its intent, the task
 * open, or the word), any four- to six-digit number too. The customer who typed one is told never
 * to share it, and staff are alerted ({@link #alertStaff}).
 */
@ApplicationScoped
public class CardSecretScreen {

  /** The intent and task in which a customer talks about their PIN. */
  static final String PIN_INTENT = "card_pin";

  @Inject CoreBanking coreBanking;
  @Inject Audit audit;

  /**
   * The message without anything that could be a card secret; empty when it needed no change.
   *
   * @param intent the message's intent, or empty when it is not classified (staff serve)
   */
  Optional<Screened> withoutSecrets(
      CustomerId customer, ProtectedText typed, String intent, Optional<OpenTask> open) {
    boolean aboutPin =
        PIN_INTENT.equals(intent)
            || open.filter(task -> PIN_INTENT.equals(task.task())).isPresent();
    Screened screened =
        CardSecretGuard.screen(
            typed,
            () ->
                coreBanking.cardsOf(customer).stream()
                    .map(CardSummary::panLast4)
                    .collect(Collectors.toSet()),
            aboutPin);
    return screened.removed().isEmpty() ? Optional.empty() : Optional.of(screened);
  }

  /**
   * Alerts staff: the message notes the kinds removed (the console marks the conversation and the
   * message) and the audit trail records which message lost which kinds — never the value.
   */
  void alertStaff(Conversation conversation, Message message, Screened screened) {
    List<String> kinds = screened.removed().stream().sorted().map(Enum::name).toList();
    message.cardSecretsRemoved(kinds);
    JsonArrayBuilder removed = Json.createArrayBuilder();
    kinds.forEach(removed::add);
    audit
        .assistantDecision(AuditEventType.CARD_SECRET_REMOVED)
        .inConversation(conversation.id())
        .with("messageId", message.id().toString())
        .with("customer", conversation.customerId().value().toString())
        .with("kinds", removed)
        .record();
  }

  /** The kinds of card secret removed from any of these messages, sorted; empty if none. */
  static List<String> removedFrom(List<Message> messages) {
    return messages.stream()
        .flatMap(m -> m.cardSecretsRemoved().stream())
        .distinct()
        .sorted()
        .toList();
  }

  /** The reply, led by the warning never to share card secrets (its template key stays). */
  static AssistantReply warned(AssistantReply reply, Locale language) {
    return new AssistantReply(
        reply.templateKey(),
        AssistantTexts.text("card_secret.warning", language) + "\n\n" + reply.text(),
        reply.outcome(),
        reply.downloads(),
        reply.done());
  }
}
