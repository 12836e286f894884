package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.ConversationNote;
import io.tellerline.conversation.domain.CustomersCorrection;
import io.tellerline.conversation.domain.IntentCorrection;
import io.tellerline.conversation.domain.StaffRecords;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notes and intent corrections through JPA. */
@ApplicationScoped
public class JpaStaffRecords implements StaffRecords {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void add(ConversationNote note) {
    entityManager.persist(note);
  }

  @Override
  public List<ConversationNote> notesOf(UUID conversationId) {
    return entityManager
        .createQuery(
            "select n from ConversationNote n where n.conversationId = :id order by n.createdAt",
            ConversationNote.class)
        .setParameter("id", conversationId)
        .getResultList();
  }

  @Override
  public void add(IntentCorrection correction) {
    entityManager.persist(correction);
  }

  @Override
  public Optional<IntentCorrection> correctionOf(UUID messageId) {
    return entityManager
        .createQuery(
            "select c from IntentCorrection c where c.messageId = :id", IntentCorrection.class)
        .setParameter("id", messageId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CustomersCorrection> corrections() {
    return entityManager
        .createQuery(
            "select c, v.customerId from IntentCorrection c, Conversation v"
                + " where v.id = c.conversationId order by c.correctedAt",
            Object[].class)
        .getResultList()
        .stream()
        .map(
            row ->
                new CustomersCorrection((IntentCorrection) row[0], new CustomerId((UUID) row[1])))
        .toList();
  }
}
