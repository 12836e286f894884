package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.Message;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.StoredMessages;
import io.tellerline.privacy.domain.TokenChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Masks the personal data in a customer's messages when privacy erases the customer, and replaces
 * their tokens when privacy rotates a tokenization key.
 */
@ApplicationScoped
public class MessageRedaction implements StoredMessages {

  @Inject ConversationRepository conversations;

  @Override
  public int redactPersonalDataOf(CustomerId customer) {
    int redacted = 0;
    for (Message message : conversations.messagesOf(customer)) {
      if (!message.piiMarks().isEmpty()) {
        message.redactPersonalData();
        redacted++;
      }
    }
    return redacted;
  }

  @Override
  public boolean replaceTokens(UUID messageId, List<TokenChange> changes) {
    return conversations.message(messageId).map(m -> m.replaceTokens(changes)).orElse(false);
  }
}
