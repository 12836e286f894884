package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.UsageCounters;
import io.tellerline.conversation.domain.UsageLimit;
import io.tellerline.platform.infrastructure.Traces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Usage counters in PostgreSQL, shared by every instance: an atomic upsert per window, and stream
 * leases counted under a per-customer advisory lock (held to the end of the transaction).
 */
@ApplicationScoped
public class PostgresUsageCounters implements UsageCounters {

  @PersistenceContext(unitName = "tellerline")
  EntityManager entityManager;

  @Inject Traces traces;

  @Override
  public int countOne(UsageLimit limit, String subject, Instant now) {
    return traces.database(
        "tellerline.usage.count", "INSERT", "usage_counter", () -> count(limit, subject, now));
  }

  private int count(UsageLimit limit, String subject, Instant now) {
    Object used =
        entityManager
            .createNativeQuery(
                "insert into usage_counter (budget, subject, window_start, used)"
                    + " values (?1, ?2, ?3, 1)"
                    + " on conflict (budget, subject, window_start)"
                    + " do update set used = usage_counter.used + 1 returning used")
            .setParameter(1, limit.name())
            .setParameter(2, subject)
            .setParameter(3, Timestamp.from(limit.windowStart(now)))
            .getSingleResult();
    return ((Number) used).intValue();
  }

  @Override
  public boolean openStream(UUID lease, UUID customer, int max, Instant now, Instant expiresAt) {
    // Serialises the customer's concurrent opens on all instances until this transaction ends.
    entityManager
        .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) locked")
        .setParameter(1, customer.getMostSignificantBits() ^ customer.getLeastSignificantBits())
        .getSingleResult();
    Object open =
        entityManager
            .createNativeQuery(
                "select count(*) from event_stream_lease where customer_id = ?1 and expires_at > ?2")
            .setParameter(1, customer)
            .setParameter(2, Timestamp.from(now))
            .getSingleResult();
    if (((Number) open).intValue() >= max) {
      return false;
    }
    entityManager
        .createNativeQuery(
            "insert into event_stream_lease (id, customer_id, expires_at) values (?1, ?2, ?3)")
        .setParameter(1, lease)
        .setParameter(2, customer)
        .setParameter(3, Timestamp.from(expiresAt))
        .executeUpdate();
    return true;
  }

  @Override
  public void closeStream(UUID lease) {
    entityManager
        .createNativeQuery("delete from event_stream_lease where id = ?1")
        .setParameter(1, lease)
        .executeUpdate();
  }
}
