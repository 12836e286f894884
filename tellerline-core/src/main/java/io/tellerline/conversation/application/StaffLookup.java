package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.identity.application.StaffAccess;
import io.tellerline.identity.domain.StaffResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The conversation (and its customer) a member of staff acts on, after the need-to-know check
 * ({@link StaffAccess}: refused and audited outside it); an unknown id is reported as not found.
 */
@ApplicationScoped
class StaffLookup {

  @Inject ConversationRepository conversations;
  @Inject CustomerDirectory customers;
  @Inject StaffAccess access;

  /**
   * @throws io.tellerline.identity.application.StaffAccessDeniedException outside her need-to-know
   *     for {@code resource}
   */
  Conversation conversation(UUID id, StaffResource resource) {
    // An unknown id is "not found" for everyone: any conversation may be read with a reason, so
    // its existence is no secret from staff.
    Conversation conversation =
        conversations.find(id).orElseThrow(() -> new ConversationNotFoundException(id));
    access.toConversation(resource, id);
    return conversation;
  }

  CustomerProfile customerOf(Conversation conversation) {
    return customers
        .profileOf(conversation.customerId())
        .orElseThrow(() -> new ConversationNotFoundException(conversation.id()));
  }
}
