package io.tellerline.audit.infrastructure;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes audit events to the append-only audit_event table. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditEvent event) {
    entityManager.persist(event);
  }
}
