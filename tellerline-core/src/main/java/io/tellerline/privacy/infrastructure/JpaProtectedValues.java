package io.tellerline.privacy.infrastructure;

import io.tellerline.privacy.domain.ProtectedValue;
import io.tellerline.privacy.domain.ProtectedValues;
import io.tellerline.privacy.domain.RevealGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Protected values and reveal grants through JPA. */
@ApplicationScoped
public class JpaProtectedValues implements ProtectedValues {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void add(ProtectedValue value) {
    entityManager.persist(value);
  }

  @Override
  public Optional<ProtectedValue> find(UUID id) {
    return Optional.ofNullable(entityManager.find(ProtectedValue.class, id));
  }

  @Override
  public List<ProtectedValue> ofConversation(UUID conversationId) {
    return entityManager
        .createQuery(
            "select v from ProtectedValue v where v.conversationId = :conversation"
                + " order by v.createdAt, v.messageId, v.ordinal",
            ProtectedValue.class)
        .setParameter("conversation", conversationId)
        .getResultList();
  }

  @Override
  public List<ProtectedValue> ofCustomer(UUID customerId) {
    return entityManager
        .createQuery(
            "select v from ProtectedValue v where v.customerId = :customer", ProtectedValue.class)
        .setParameter("customer", customerId)
        .getResultList();
  }

  @Override
  public void record(RevealGrant grant) {
    entityManager.persist(grant);
  }

  /** What a reveal's reason says once the customer it was about is erased. */
  static final String ERASED = "[erased]";

  @Override
  public int eraseRevealReasonsOf(UUID customerId) {
    return entityManager
        .createNativeQuery(
            "update pii_reveal set reason = ?2 where reason <> ?3 and protected_value_id in"
                + " (select id from protected_value where customer_id = ?1)")
        .setParameter(1, customerId)
        .setParameter(2, ERASED)
        .setParameter(3, ERASED)
        .executeUpdate();
  }
}
