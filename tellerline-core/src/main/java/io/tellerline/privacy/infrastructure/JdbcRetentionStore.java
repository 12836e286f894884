package io.tellerline.privacy.infrastructure;

import static io.tellerline.privacy.infrastructure.RetentionStatements.*;

import io.tellerline.platform.persistence.DatabaseMigrator;
import io.tellerline.privacy.domain.RetentionClass;
import io.tellerline.privacy.domain.RetentionRun;
import io.tellerline.privacy.domain.RetentionStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Retention in PostgreSQL. A run holds a session-level advisory lock ({@link #RUN_LOCK}) on its own
 * connection from start to end, and deletes in batches, each committed on its own.
 *
 * <p>Why an advisory lock: every instance of the cluster has the same timer (non-persistent EJB
 * timers fire on each instance, and Payara Micro's clustered timers would tie retention to the
 * Hazelcast data grid), and all of them share exactly one thing, the database. {@code
 * pg_try_advisory_lock} answers at once: the first instance gets it and works, the others skip this
 * run. It is session-level, not transaction-level, because the run commits after every batch and
 * must keep the lock across them; PostgreSQL releases it when the connection ends, so an instance
 * that dies mid-run never blocks the next run (no lease to expire, no row to clean up).
 *
 * <p>Why batches: each batch is one short transaction ({@code lock_timeout} 2 s) that takes only
 * rows nobody holds ({@code skip locked}), so a chat turn never waits for retention and retention
 * never waits long for a chat turn.
 */
@ApplicationScoped
public class JdbcRetentionStore implements RetentionStore {

  /** Key of the session-level advisory lock held by the one instance running retention. */
  static final long RUN_LOCK = 0x7e11e71e_7e7e1L;

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  DataSource dataSource;

  @Override
  public Optional<Purge> purge(
      Map<RetentionClass, Instant> cutoffs, int batchSize, Instant deadline) {
    try (Connection connection = dataSource.getConnection()) {
      if (!tryLock(connection)) {
        return Optional.empty();
      }
      try {
        connection.setAutoCommit(false);
        return Optional.of(new RetentionBatches(connection, cutoffs, batchSize, deadline).run());
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
        unlock(connection);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("retention failed: " + e.getSQLState(), e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet locked =
            statement.executeQuery("select pg_try_advisory_lock(" + RUN_LOCK + ")")) {
      locked.next();
      return locked.getBoolean(1);
    }
  }

  private static void unlock(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + RUN_LOCK + ")");
    }
  }

  @Override
  public Map<String, Long> countDue(Map<RetentionClass, Instant> cutoffs) {
    Timestamp conversations = Timestamp.from(cutoffs.get(RetentionClass.CONVERSATIONS));
    Timestamp pending = Timestamp.from(cutoffs.get(RetentionClass.PENDING_ACTIONS));
    Timestamp rateLimits = Timestamp.from(cutoffs.get(RetentionClass.RATE_LIMITS));
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      counts.put("conversations", count(connection, COUNT_CONVERSATIONS, conversations));
      counts.put("messages", count(connection, COUNT_MESSAGES, conversations));
      counts.put("pendingActions", count(connection, COUNT_PENDING_ACTIONS, pending, pending));
      counts.put(
          "reveals",
          count(connection, COUNT_REVEALS, Timestamp.from(cutoffs.get(RetentionClass.REVEALS))));
      counts.put(
          "notes",
          count(connection, COUNT_NOTES, Timestamp.from(cutoffs.get(RetentionClass.NOTES))));
      counts.put(
          "corrections",
          count(
              connection,
              COUNT_CORRECTIONS,
              Timestamp.from(cutoffs.get(RetentionClass.CORRECTIONS))));
      counts.put("rateLimitRecords", count(connection, COUNT_RATE_LIMITS, rateLimits, rateLimits));
      counts.put(
          "dataKeysShredded",
          count(connection, COUNT_KEYS, conversations, conversations, conversations));
    } catch (SQLException e) {
      throw new IllegalStateException("retention dry run failed: " + e.getSQLState(), e);
    }
    return counts;
  }

  private static long count(Connection connection, String sql, Timestamp... cutoffs)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < cutoffs.length; i++) {
        statement.setTimestamp(i + 1, cutoffs[i]);
      }
      try (ResultSet count = statement.executeQuery()) {
        count.next();
        return count.getLong(1);
      }
    }
  }

  @Override
  public void record(RetentionRun run) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into retention_run (id, started_at, finished_at, as_of, dry_run,"
                    + " started_by, counts, complete) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, run.id());
      insert.setTimestamp(2, Timestamp.from(run.startedAt()));
      insert.setTimestamp(3, Timestamp.from(run.finishedAt()));
      insert.setTimestamp(4, Timestamp.from(run.asOf()));
      insert.setBoolean(5, run.dryRun());
      insert.setString(6, run.startedBy());
      insert.setString(7, run.countsText());
      insert.setBoolean(8, run.complete());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("retention run not recorded: " + e.getSQLState(), e);
    }
  }

  @Override
  public List<RetentionRun> latest(int max) {
    List<RetentionRun> runs = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select id, started_at, finished_at, as_of, dry_run, started_by, counts, complete"
                    + " from retention_run order by started_at desc limit ?")) {
      query.setInt(1, max);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          runs.add(
              new RetentionRun(
                  row.getObject(1, UUID.class),
                  row.getTimestamp(2).toInstant(),
                  row.getTimestamp(3).toInstant(),
                  row.getTimestamp(4).toInstant(),
                  row.getBoolean(5),
                  row.getString(6),
                  RetentionRun.parseCounts(row.getString(7)),
                  row.getBoolean(8)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("retention runs not read: " + e.getSQLState(), e);
    }
    return runs;
  }
}
