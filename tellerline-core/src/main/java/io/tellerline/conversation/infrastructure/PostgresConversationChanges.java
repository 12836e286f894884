package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.application.ConversationChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * PostgreSQL NOTIFY inside the caller's transaction: the database delivers it to every listening
 * instance at commit, and drops it on rollback, so listeners only hear of committed changes.
 */
@ApplicationScoped
public class PostgresConversationChanges implements ConversationChanges {

  /** The channel every instance listens on; the payload is the conversation id. */
  static final String CHANNEL = "tellerline_conversation";

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  /**
   * Does not first write the pending changes (the notification is only delivered at commit, after
   * them): a flush here would write the conversation once more than the turn's own flush does.
   */
  @Override
  public void announce(UUID conversationId) {
    entityManager
        .createNativeQuery("select pg_notify(?1, ?2)")
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, CHANNEL)
        .setParameter(2, conversationId.toString())
        .getResultList();
  }
}
