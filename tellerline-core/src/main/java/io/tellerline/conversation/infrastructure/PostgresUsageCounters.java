package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.UsageCounters;
import io.tellerline.conversation.domain.UsageLimit;
import io.tellerline.platform.infrastructure.Traces;
import io.tellerline.platform.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Usage counters in PostgreSQL, shared by every instance: a conditional upsert per window on a
 * connection outside the caller's transaction (its own commit: the row is locked for that statement
 * only), and stream leases counted under a per-customer advisory lock held to the end of the
 * caller's transaction.
 */
@ApplicationScoped
public class PostgresUsageCounters implements UsageCounters {

  /** Inserts the window's first use, or adds one while the allowance lasts; no row: refused. */
  private static final String SPEND =
      "insert into usage_counter (budget, subject, window_start, used) values (?, ?, ?, 1)"
          + " on conflict (budget, subject, window_start)"
          + " do update set used = usage_counter.used + 1 where usage_counter.used < ?"
          + " returning used";

  private static final String GIVE_BACK =
      "update usage_counter set used = used - 1"
          + " where budget = ? and subject = ? and window_start = ? and used > 0 returning used";

  @PersistenceContext(unitName = "tellerline")
  EntityManager entityManager;

  @Resource(lookup = DatabaseMigrator.COUNTERS_DATASOURCE)
  DataSource counters;

  @Inject Traces traces;

  @Override
  public boolean spendOne(UsageLimit limit, String subject, Instant now) {
    return traces.database(
        "tellerline.usage.count",
        "INSERT",
        "usage_counter",
        () -> changesARow(SPEND, limit, subject, now, limit.allowed()));
  }

  @Override
  public void giveBack(UsageLimit limit, String subject, Instant now) {
    changesARow(GIVE_BACK, limit, subject, now);
  }

  /**
   * Runs one counter statement (its window's key, then {@code more} parameters) in its own commit;
   * returns whether it changed the counter's row.
   */
  private boolean changesARow(
      String sql, UsageLimit limit, String subject, Instant now, int... more) {
    try (Connection connection = counters.getConnection()) {
      connection.setAutoCommit(true);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, limit.name());
        statement.setString(2, subject);
        statement.setTimestamp(3, Timestamp.from(limit.windowStart(now)));
        for (int i = 0; i < more.length; i++) {
          statement.setInt(4 + i, more[i]);
        }
        try (ResultSet changed = statement.executeQuery()) {
          return changed.next();
        }
      }
    } catch (SQLException e) {
      // DatabaseOutage reads the cause: a database that cannot be reached answers 503.
      throw new IllegalStateException("the usage counter " + limit.name() + " failed", e);
    }
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
