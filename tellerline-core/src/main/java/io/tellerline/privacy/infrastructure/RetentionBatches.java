package io.tellerline.privacy.infrastructure;

import static io.tellerline.privacy.infrastructure.RetentionStatements.*;

import io.tellerline.privacy.domain.RetentionClass;
import io.tellerline.privacy.domain.RetentionStore.Purge;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * One retention run's batches on one connection (which holds the run's advisory lock): each batch
 * is one short transaction ({@code lock_timeout} 2 s), committed at once; a kind of row goes batch
 * after batch until a batch is not full or the run's time is up.
 */
final class RetentionBatches {

  private static final Logger LOG = Logger.getLogger(RetentionBatches.class.getName());

  private final Connection connection;
  private final Map<RetentionClass, Instant> cutoffs;
  private final int size;
  private final Instant deadline;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private boolean complete = true;

  RetentionBatches(
      Connection connection, Map<RetentionClass, Instant> cutoffs, int size, Instant deadline) {
    this.connection = connection;
    this.cutoffs = cutoffs;
    this.size = size;
    this.deadline = deadline;
    for (String kind : KINDS) {
      counts.put(kind, 0L);
    }
  }

  Purge run() throws SQLException {
    Timestamp rateLimits = at(RetentionClass.RATE_LIMITS);
    repeat("rateLimitRecords", () -> single(DELETE_USAGE_COUNTERS, rateLimits));
    repeat("rateLimitRecords", () -> single(DELETE_STREAM_LEASES, rateLimits));
    repeat("pendingActions", this::pendingActions);
    repeat("reveals", () -> single(DELETE_REVEALS, at(RetentionClass.REVEALS)));
    repeat("notes", () -> single(DELETE_NOTES, at(RetentionClass.NOTES)));
    repeat("corrections", () -> single(DELETE_CORRECTIONS, at(RetentionClass.CORRECTIONS)));
    repeat("conversations", this::conversations);
    Timestamp conversations = at(RetentionClass.CONVERSATIONS);
    repeat(
        "dataKeysShredded", () -> single(SHRED_KEYS, conversations, conversations, conversations));
    return new Purge(counts, complete);
  }

  /** Runs batches of one kind until one deletes less than a full batch, or time is up. */
  private void repeat(String kind, Batch batch) throws SQLException {
    int deleted;
    do {
      if (!Instant.now(Clock.systemUTC()).isBefore(deadline)) {
        complete = false;
        return;
      }
      try {
        begin();
        deleted = batch.run();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        if (!"55P03".equals(e.getSQLState())) {
          throw e;
        }
        // A lock held longer than lock_timeout: leave it to the next run.
        LOG.info(() -> "retention of " + kind + " waits for the next run: rows are in use");
        complete = false;
        return;
      }
      counts.merge(kind, (long) deleted, Long::sum);
    } while (deleted >= size);
  }

  private void begin() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("set local lock_timeout = '2s'");
    }
  }

  /** A single statement deleting up to a batch: its parameters, then the batch size. */
  private int single(String sql, Timestamp... cutoffsFirst) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (Timestamp cutoff : cutoffsFirst) {
        statement.setTimestamp(index++, cutoff);
      }
      statement.setInt(index, size);
      return statement.executeUpdate();
    }
  }

  private int pendingActions() throws SQLException {
    Timestamp cutoff = at(RetentionClass.PENDING_ACTIONS);
    List<UUID> ids = select(DUE_PENDING_ACTIONS, cutoff, cutoff);
    if (ids.isEmpty()) {
      return 0;
    }
    Array batch = connection.createArrayOf("uuid", ids.toArray());
    update(DELETE_PARAMETERS, batch);
    return update(DELETE_PENDING_ACTIONS, batch);
  }

  /** A batch of conversations with everything on them; counts its messages too. */
  private int conversations() throws SQLException {
    List<UUID> ids = select(DUE_CONVERSATIONS, at(RetentionClass.CONVERSATIONS));
    if (ids.isEmpty()) {
      return 0;
    }
    Array batch = connection.createArrayOf("uuid", ids.toArray());
    for (String children : CONVERSATION_CHILDREN) {
      update(children, batch);
    }
    counts.merge("messages", (long) update(DELETE_MESSAGES, batch), Long::sum);
    return update(DELETE_CONVERSATIONS, batch);
  }

  private List<UUID> select(String sql, Timestamp... cutoffsFirst) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (Timestamp cutoff : cutoffsFirst) {
        statement.setTimestamp(index++, cutoff);
      }
      statement.setInt(index, size);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
    }
    return ids;
  }

  private int update(String sql, Array ids) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, ids);
      return statement.executeUpdate();
    }
  }

  private Timestamp at(RetentionClass kind) {
    return Timestamp.from(cutoffs.get(kind));
  }

  @FunctionalInterface
  private interface Batch {
    int run() throws SQLException;
  }

  /** The kinds of rows in every report, in this order. */
  static final List<String> KINDS =
      List.of(
          "conversations",
          "messages",
          "pendingActions",
          "reveals",
          "notes",
          "corrections",
          "rateLimitRecords",
          "dataKeysShredded");
}
