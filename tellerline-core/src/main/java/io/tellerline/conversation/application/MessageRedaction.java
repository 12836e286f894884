package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.Message;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.StoredMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Masks the personal data in a customer's messages when privacy erases the customer. */
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
}
