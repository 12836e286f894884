package io.tellerline.audit.infrastructure;

import io.tellerline.audit.log.LogVerifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Proves that every recorded event reaches the Merkle tree: each event either has its leaf or still
 * waits in the queue, and none waits longer than a grace period. Walking the leaves alone cannot
 * see an event that never got one (the way to suppress an AI decision that the application's role
 * had before migration V15), so verification asks the event table itself.
 *
 * @param withoutLeafOrQueue events with neither a leaf nor a queue entry (kept out of the tree)
 * @param firstWithoutLeafOrQueue the lowest sequence number among them, if any
 * @param waitingTooLong queued events older than {@code grace} (sequencing is stuck)
 */
public record LeafCompleteness(
    long withoutLeafOrQueue,
    OptionalLong firstWithoutLeafOrQueue,
    long waitingTooLong,
    Duration grace) {

  /** Longer than the sequencer ever needs (it runs every second): anything older is stuck. */
  static final Duration GRACE = Duration.ofMinutes(5);

  private static final String WITHOUT_LEAF_OR_QUEUE =
      "select count(*), min(e.seq) from audit_event e where e.seq > ?"
          + " and not exists (select 1 from audit_leaf l where l.event_seq = e.seq"
          + " and l.event_seq > ?)"
          + " and not exists (select 1 from audit_pending p where p.event_seq = e.seq)";

  /** The whole log: what the compliance verification reports. Linear in the number of events. */
  public static LeafCompleteness of(Connection connection, Instant now) throws SQLException {
    // Numbers from the identity start at 1; the owner can insert any other one.
    return after(connection, Long.MIN_VALUE, now);
  }

  /**
   * Events numbered above {@code seq} only (an index range on the primary key), and the queue,
   * which holds seconds of events. The minute watch's question; see {@link
   * IncrementalCompletenessCheck} for why the events below may be left out.
   */
  static LeafCompleteness after(Connection connection, long seq, Instant now) throws SQLException {
    long lost;
    OptionalLong first;
    try (PreparedStatement query = connection.prepareStatement(WITHOUT_LEAF_OR_QUEUE)) {
      query.setLong(1, seq);
      // The same bound on the leaves: without it the planner may hash every leaf of the log.
      query.setLong(2, seq);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        lost = row.getLong(1);
        long lowest = row.getLong(2);
        first = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(lowest);
      }
    }
    long stuck;
    try (PreparedStatement query =
        connection.prepareStatement(
            "select count(*) from audit_pending p join audit_event e on e.seq = p.event_seq"
                + " where e.occurred_at < ?")) {
      query.setTimestamp(1, Timestamp.from(now.minus(GRACE)));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        stuck = row.getLong(1);
      }
    }
    return new LeafCompleteness(lost, first, stuck, GRACE);
  }

  public boolean complete() {
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
}
