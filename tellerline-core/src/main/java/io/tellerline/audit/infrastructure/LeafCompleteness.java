package io.tellerline.audit.infrastructure;

import io.tellerline.audit.log.LogVerifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Proves that every recorded event reaches the Merkle tree: each event either has its leaf or still
 * waits in the queue, and none waits longer than a grace period. Walking the leaves alone cannot
 * see an event that never got one (the way to suppress an AI decision that the application's role
 * had before migration V15), so verification asks the event table itself.
 */
record LeafCompleteness(long withoutLeafOrQueue, long waitingTooLong, Duration grace) {

  /** Longer than the sequencer ever needs (it runs every second): anything older is stuck. */
  static final Duration GRACE = Duration.ofMinutes(5);

  static LeafCompleteness of(Connection connection, Instant now) throws SQLException {
    long lost =
        count(
            connection,
            "select count(*) from audit_event e"
                + " where not exists (select 1 from audit_leaf l where l.event_seq = e.seq)"
                + " and not exists (select 1 from audit_pending p where p.event_seq = e.seq)",
            null);
    long stuck =
        count(
            connection,
            "select count(*) from audit_pending p join audit_event e on e.seq = p.event_seq"
                + " where e.occurred_at < ?",
            Timestamp.from(now.minus(GRACE)));
    return new LeafCompleteness(lost, stuck, GRACE);
  }

  boolean complete() {
    return withoutLeafOrQueue == 0 && waitingTooLong == 0;
  }

  /** Adds what is wrong to a verification's problems. */
  void reportTo(LogVerifier verifier) {
    if (withoutLeafOrQueue > 0) {
      verifier.problem(
          withoutLeafOrQueue
              + " recorded events have no leaf and are not queued for one (kept out of the tree)");
    }
    if (waitingTooLong > 0) {
      verifier.problem(
          waitingTooLong
              + " events have waited more than "
              + grace.toMinutes()
              + " minutes for their leaf (sequencing is stuck)");
    }
  }

  private static long count(Connection connection, String sql, Timestamp before)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (before != null) {
        query.setTimestamp(1, before);
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
