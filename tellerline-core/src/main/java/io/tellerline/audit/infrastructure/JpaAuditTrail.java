package io.tellerline.audit.infrastructure;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditTrail;
import io.tellerline.platform.infrastructure.Traces;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.ZoneOffset;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Writes audit events to the append-only audit_event table and queues them (audit_pending) for the
 * sequencer, which adds them to the Merkle tree. Both rows commit with the caller's transaction, so
 * an answer that was given always has its event, and every event reaches the tree.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  /** How long appending one event takes ({@code tellerline_audit_append_seconds}). */
  static final String APPEND_TIME = "tellerline_audit_append";

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Inject MetricRegistry metrics;
  @Inject Traces traces;

  private Timer appendTime;

  @PostConstruct
  void exposeMetrics() {
    appendTime =
        metrics.timer(
            Metadata.builder()
                .withName(APPEND_TIME)
                .withDescription("Time to append one audit event (in the caller's transaction)")
                .withUnit(MetricUnits.NANOSECONDS)
                .build());
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditEvent event) {
    long started = System.nanoTime();
    traces.database("tellerline.audit.append", "INSERT", "audit_event", () -> append(event));
    appendTime.update(Duration.ofNanos(System.nanoTime() - started));
  }

  private int append(AuditEvent event) {
    return entityManager
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
