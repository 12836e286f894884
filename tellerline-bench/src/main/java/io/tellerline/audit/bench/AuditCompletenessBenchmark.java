package io.tellerline.audit.bench;

import io.tellerline.audit.infrastructure.IncrementalCompletenessCheck;
import io.tellerline.audit.infrastructure.LeafCompleteness;
import io.tellerline.platform.bench.BenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the minute watch's completeness check costs as the log grows: the full check (every event
 * against its leaf and queue entry, which the compliance verification keeps) against the bounded
 * check the watch makes after its first run. Fills a fresh database with {@code EVENTS} events
 * recorded at {@code RATE} per second up to now, all with leaves but the last second's (queued),
 * then times each check {@code RUNS} times. Usage: {@code AuditCompletenessBenchmark JDBC_URL USER
 * PASSWORD EVENTS RATE RUNS}.
 */
public final class AuditCompletenessBenchmark {

  private AuditCompletenessBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchDatabase database = BenchDatabase.fromArguments(args);
    long events = Long.parseLong(args[3]);
    int rate = Integer.parseInt(args[4]);
    int runs = Integer.parseInt(args[5]);
    database.migrate();
    Instant now = Instant.now();
    try (Connection connection = database.connect()) {
      long started = System.nanoTime();
      fill(connection, events, rate, now);
      System.out.printf(
          "%d events at %d/s (the last %d queued) written in %.1f s%n",
          events, rate, Math.min(rate, events), (System.nanoTime() - started) / 1e9);

      double[] full = new double[runs];
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        expectComplete(LeafCompleteness.of(connection, now));
        full[i] = (System.nanoTime() - t) / 1e6;
      }
      IncrementalCompletenessCheck watch = new IncrementalCompletenessCheck();
      long t = System.nanoTime();
      expectComplete(watch.check(connection, now));
      double first = (System.nanoTime() - t) / 1e6;
      double[] bounded = new double[runs];
      for (int i = 0; i < runs; i++) {
        t = System.nanoTime();
        expectComplete(watch.check(connection, now));
        bounded[i] = (System.nanoTime() - t) / 1e6;
      }
      System.out.printf(
          "full check (compliance verification): median %.1f ms, runs %s%n"
              + "watch, first check after a start: %.1f ms%n"
              + "watch, later checks (%d events above the bound): median %.1f ms, runs %s%n",
          median(full),
          Arrays.toString(rounded(full)),
          first,
          events - watch.settledThrough(),
          median(bounded),
          Arrays.toString(rounded(bounded)));
    }
  }

  /** Events one per 1/rate s ending now; leaves for all but the last second's, which are queued. */
  private static void fill(Connection connection, long events, int rate, Instant now)
      throws SQLException {
    long queued = Math.min(rate, events);
    try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into audit_event (id, occurred_at, event_type, actor, payload)"
                    + " select gen_random_uuid(),"
                    + " cast(? as timestamptz) - make_interval(secs => (? - g) / ?::double precision),"
                    + " 'AI_DECISION', 'assistant', '{\"intent\":\"account_balance\"}'"
                    + " from generate_series(1, ?) g");
        Statement sql = connection.createStatement()) {
      insert.setTimestamp(1, Timestamp.from(now));
      insert.setLong(2, events);
      insert.setInt(3, rate);
      insert.setLong(4, events);
      insert.executeUpdate();
      long last;
      try (var row = sql.executeQuery("select max(seq) from audit_event")) {
        row.next();
        last = row.getLong(1);
      }
      long firstQueued = last - queued + 1;
      sql.executeUpdate(
          "insert into audit_leaf (leaf_index, event_seq, leaf_hash)"
              + " select row_number() over (order by seq) - 1, seq, sha256(int8send(seq))"
              + " from audit_event where seq < "
              + firstQueued);
      sql.executeUpdate(
          "insert into audit_pending (event_seq) select seq from audit_event where seq >= "
              + firstQueued);
      sql.execute("analyze audit_event, audit_leaf, audit_pending");
    }
  }

  private static void expectComplete(LeafCompleteness found) {
    if (found.withoutLeafOrQueue() != 0) {
      throw new IllegalStateException("the generated log has events without leaf or queue entry");
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long[] rounded(double[] values) {
    return Arrays.stream(values).mapToLong(Math::round).toArray();
  }
}
