package io.tellerline.conversation.infrastructure;

import io.tellerline.banking.domain.CustomerId;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaConversationRepository implements ConversationRepository {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void add(Conversation conversation) {
    entityManager.persist(conversation);
  }

  @Override
  public Optional<Conversation> find(UUID id) {
    return Optional.ofNullable(entityManager.find(Conversation.class, id));
  }

  @Override
  public List<Conversation> mostRecentlyActive(int limit) {
    return entityManager
        .createQuery(
            "select c from Conversation c order by c.lastActivityAt desc", Conversation.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Message> messagesOf(CustomerId customer) {
    return entityManager
        .createQuery(
            "select m from Message m where m.conversation.customerId = :customer", Message.class)
        .setParameter("customer", customer.value())
        .getResultList();
  }
}
