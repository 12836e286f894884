package io.tellerline.identity.infrastructure;

import io.tellerline.identity.domain.StrongAuthentications;
import io.tellerline.platform.persistence.InstantAttributeConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code customer_strong_authentication} (migration V21). The upsert only moves the time
 * forward, so concurrent requests of one session, on any instance, agree without a lock.
 */
@ApplicationScoped
public class JpaStrongAuthentications implements StrongAuthentications {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public Optional<Instant> lastOf(String subject) {
    List<?> found =
        entityManager
            .createNativeQuery(
                "select last_at from customer_strong_authentication where subject = ?")
            .setParameter(1, subject)
            .getResultList();
    return found.stream().findFirst().map(InstantAttributeConverter::fromColumn);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String subject, Instant authenticatedAt) {
    entityManager
        .createNativeQuery(
            "insert into customer_strong_authentication (subject, last_at) values (?, ?)"
                + " on conflict (subject) do update set last_at = excluded.last_at"
                + " where customer_strong_authentication.last_at < excluded.last_at")
        .setParameter(1, subject)
        .setParameter(2, authenticatedAt.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
