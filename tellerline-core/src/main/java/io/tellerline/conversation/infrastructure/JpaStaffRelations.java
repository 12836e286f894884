package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationStatus;
import io.tellerline.conversation.domain.StaffRelationOf;
import io.tellerline.identity.domain.StaffRelation;
import io.tellerline.identity.domain.StaffRelations;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Identity's port: queue and assignment read from the conversations themselves. */
@ApplicationScoped
public class JpaStaffRelations implements StaffRelations {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public StaffRelation toConversation(UUID conversationId, String staff) {
    Conversation conversation = entityManager.find(Conversation.class, conversationId);
    return conversation == null ? StaffRelation.NONE : relation(List.of(conversation), staff);
  }

  @Override
  public StaffRelation toCustomer(CustomerId customer, String staff) {
    List<Conversation> open =
        entityManager
            .createQuery(
                "select c from Conversation c where c.customerId = :customer"
                    + " and c.status in :statuses",
                Conversation.class)
            .setParameter("customer", customer.value())
            .setParameter(
                "statuses",
                List.of(ConversationStatus.WAITING_FOR_STAFF, ConversationStatus.WITH_STAFF))
            .getResultList();
    return relation(open, staff);
  }

  /** The closest relation to any of them: serving one beats one waiting. */
  private static StaffRelation relation(List<Conversation> conversations, String staff) {
    return conversations.stream()
        .map(c -> StaffRelationOf.of(c, staff))
        .min(Comparator.naturalOrder())
        .orElse(StaffRelation.NONE);
  }
}
