package io.tellerline.identity.infrastructure;

import io.tellerline.identity.domain.Approval;
import io.tellerline.identity.domain.ApprovalKind;
import io.tellerline.identity.domain.ApprovalState;
import io.tellerline.identity.domain.Approvals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaApprovals implements Approvals {

  private static final int MAX_ROWS = 200;

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void add(Approval approval) {
    entityManager.persist(approval);
  }

  @Override
  public Optional<Approval> find(UUID id) {
    return Optional.ofNullable(entityManager.find(Approval.class, id));
  }

  @Override
  public List<Approval> pending(ApprovalKind kind, Instant now) {
    return entityManager
        .createQuery(
            "select a from Approval a where a.kind = :kind and a.state = :pending"
                + " and a.expiresAt >= :now order by a.requestedAt",
            Approval.class)
        .setParameter("kind", kind)
        .setParameter("pending", ApprovalState.PENDING)
        .setParameter("now", now)
        .setMaxResults(MAX_ROWS)
        .getResultList();
  }
}
