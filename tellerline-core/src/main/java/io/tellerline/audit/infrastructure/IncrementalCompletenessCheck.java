package io.tellerline.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The minute watch's completeness check, with a cost that follows the event rate instead of the
 * size of the log. The full check reads every event: 475 ms at 255,000 events, every minute on
 * every instance, growing for ever (BENCHMARKS.md, "Audit completeness").
 *
 * <p>It keeps a bound, {@link #settledThrough()}: every event numbered up to it was seen with its
 * leaf or queue entry after it could no longer change. Each check reads only the events above the
 * bound, then moves it up to the last event recorded {@link #SETTLED_AFTER} before now.
 *
 * <p>Why events at or below the bound cannot change unseen: an event's queue entry is written in
 * its own transaction, and leaves and events are append-only, so an event can only go missing
 * before its transaction ends or while it waits in the queue; the bound never passes a queued
 * event, so only the first can be out of sight. Numbers are taken in order, so an event numbered
 * below one recorded {@link #SETTLED_AFTER} ago took its number before that one was inserted, and
 * its transaction ended before this check began unless one of the two transactions lasted more than
 * half of {@link #SETTLED_AFTER} (a chat turn's lasts milliseconds). Recording times are the
 * writing instance's clock, the cut-off the checking one's: a difference between the instances'
 * clocks counts against that margin.
 *
 * <p>An event found without a leaf or queue entry holds the bound below it, so it is reported at
 * every check until it is queued again. The first check after a start reads the whole log. What the
 * bound leaves out — an event slipped in under it by a transaction held open for minutes, or
 * inserted by the owner with a number chosen below it — the compliance verification still finds: it
 * always reads the whole log ({@link LeafCompleteness#of}).
 */
public final class IncrementalCompletenessCheck {

  /** How long after it was recorded an event is taken as settled. As long as the stuck-grace. */
  public static final Duration SETTLED_AFTER = LeafCompleteness.GRACE;

  private long settledThrough = Long.MIN_VALUE;

  /** Checks the events above the bound and the queue, then moves the bound. */
  public synchronized LeafCompleteness check(Connection connection, Instant now)
      throws SQLException {
    // Read before the events are: an event committed between the two reads is then above the
    // new bound or among those just checked, never settled unchecked.
    long settled = lastRecordedBefore(connection, now.minus(SETTLED_AFTER));
    OptionalLong firstQueued = firstQueued(connection);
    LeafCompleteness found = LeafCompleteness.after(connection, settledThrough, now);
    settledThrough =
        nextBound(settledThrough, settled, found.firstWithoutLeafOrQueue(), firstQueued);
    return found;
  }

  /** Every event numbered up to this one was seen with its leaf once it could no longer change. */
  public synchronized long settledThrough() {
    return settledThrough;
  }

  /**
   * The bound only rises, never past the last settled event, never to or past an event found
   * without a leaf or queue entry, and never to or past one still queued: a queued event can still
   * lose its queue entry (a stuck sequencer, and an owner who deletes the entries to silence the
   * alert), so only a leaf settles it.
   */
  static long nextBound(
      long bound, long settled, OptionalLong firstWithoutLeafOrQueue, OptionalLong firstQueued) {
    long reach = Math.min(settled, below(firstWithoutLeafOrQueue));
    reach = Math.min(reach, below(firstQueued));
    return Math.max(bound, reach);
  }

  private static long below(OptionalLong seq) {
    if (seq.isEmpty()) {
      return Long.MAX_VALUE;
    }
    long value = seq.getAsLong();
    return value == Long.MIN_VALUE ? Long.MIN_VALUE : value - 1;
  }

  /** The lowest number still in the queue (its primary key's first entry). */
  private static OptionalLong firstQueued(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement("select min(event_seq) from audit_pending");
        ResultSet row = query.executeQuery()) {
      row.next();
      long lowest = row.getLong(1);
      return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(lowest);
    }
  }

  /** The number of the latest event recorded before {@code cutoff}; 0 if none (by its index). */
  private static long lastRecordedBefore(Connection connection, Instant cutoff)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select seq from audit_event where occurred_at < ? order by occurred_at desc limit 1")) {
      query.setTimestamp(1, Timestamp.from(cutoff));
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }
}
