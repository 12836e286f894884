package io.tellerline.staffassist.infrastructure;

import io.tellerline.conversation.domain.Conversation;
import io.tellerline.kernel.CustomerId;
import io.tellerline.staffassist.domain.CustomerConversations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A customer's conversations through JPA. */
@ApplicationScoped
public class JpaCustomerConversations implements CustomerConversations {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public List<Conversation> of(CustomerId customer, int limit) {
    return entityManager
        .createQuery(
            "select c from Conversation c where c.customerId = :customer"
                + " order by c.startedAt desc",
            Conversation.class)
        .setParameter("customer", customer.value())
        .setMaxResults(limit)
        .getResultList();
  }
}
