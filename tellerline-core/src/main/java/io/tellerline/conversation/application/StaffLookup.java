package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The conversation (and its customer) a member of staff acts on; an unknown id is reported as not
 * found. Staff may act on any conversation: the callers' roles say who is staff.
 */
@ApplicationScoped
class StaffLookup {

  @Inject ConversationRepository conversations;
  @Inject CustomerDirectory customers;

  Conversation conversation(UUID id) {
    return conversations.find(id).orElseThrow(() -> new ConversationNotFoundException(id));
  }

  CustomerProfile customerOf(Conversation conversation) {
    return customers
        .profileOf(conversation.customerId())
        .orElseThrow(() -> new ConversationNotFoundException(conversation.id()));
  }
}
