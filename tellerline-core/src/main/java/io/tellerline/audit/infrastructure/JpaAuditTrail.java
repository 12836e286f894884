package io.tellerline.audit.infrastructure;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;

/**
 * Writes audit events to the append-only audit_event table and queues them (audit_pending) for the
 * sequencer, which adds them to the Merkle tree. Both rows commit with the caller's transaction, so
 * an answer that was given always has its event, and every event reaches the tree.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditEvent event) {
    entityManager
        .createNativeQuery(AuditLogStore.APPEND_EVENT)
        .setParameter(1, event.id().toString())
        .setParameter(2, event.occurredAt().atOffset(ZoneOffset.UTC))
        .setParameter(3, event.type())
        .setParameter(4, event.actor())
        .setParameter(5, event.conversationId().map(Object::toString).orElse(null))
        .setParameter(6, event.payload())
        .executeUpdate();
  }
}
