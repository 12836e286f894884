package io.tellerline.audit.bench;

import io.tellerline.audit.infrastructure.AuditLogStore;
import io.tellerline.platform.bench.BenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sustained append rate of the audit log on PostgreSQL: producer threads write events as the
 * application does (event row + queue row per event, committed in transactions of {@code batch}
 * events, synchronous commit on), while one sequencer integrates them into the Merkle tree with the
 * production code. The rate counts events from the first insert until the last one is a leaf.
 * Usage: {@code AuditAppendBenchmark JDBC_URL USER PASSWORD EVENTS PRODUCERS BATCH}.
 */
public final class AuditAppendBenchmark {

  private AuditAppendBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchDatabase database = BenchDatabase.fromArguments(args);
    int events = Integer.parseInt(args[3]);
    int producers = Integer.parseInt(args[4]);
    int batch = Integer.parseInt(args[5]);
    database.migrate();
    long before;
    try (Connection connection = database.connect()) {
      before = new AuditLogStore(connection).size();
    }
    ExecutorService pool = Executors.newFixedThreadPool(producers + 1);
    AtomicBoolean producing = new AtomicBoolean(true);
    long started = System.nanoTime();
    List<Future<?>> writers = new ArrayList<>();
    for (int p = 0; p < producers; p++) {
      int share = events / producers + (p < events % producers ? 1 : 0);
      writers.add(pool.submit(() -> produce(database, share, batch)));
    }
    Future<Long> sequencer = pool.submit(() -> sequence(database, producing));
    for (Future<?> writer : writers) {
      writer.get();
    }
    double written = (System.nanoTime() - started) / 1e9;
    producing.set(false);
    long leaves = sequencer.get();
    double total = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    System.out.printf(
        "events: %d by %d producers in transactions of %d (PostgreSQL, synchronous commit)%n"
            + "written in %.2f s (%.0f events/s); all %d in the tree after %.2f s:"
            + " %.0f events/s sustained%n",
        events, producers, batch, written, events / written, leaves, total, events / total);
    if (leaves != events) {
      throw new IllegalStateException("expected " + events + " new leaves, got " + leaves);
    }
    try (Connection connection = database.connect()) {
      long size = new AuditLogStore(connection).size();
      if (size != before + events) {
        throw new IllegalStateException("tree size " + size + ", expected " + (before + events));
      }
    }
  }

  private static Void produce(BenchDatabase database, int count, int batch) throws SQLException {
    try (Connection connection = database.connect();
        PreparedStatement insert = connection.prepareStatement(AuditLogStore.APPEND_EVENT)) {
      connection.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
        insert.setString(3, "AI_DECISION");
        insert.setString(4, "assistant");
        insert.setString(5, UUID.randomUUID().toString());
        insert.setString(
            6,
            "{\"intent\":\"account_balance\",\"confidence\":0.9731,"
                + "\"outcome\":\"ANSWERED\",\"modelVersion\":\"tl-intent-ead2b2be3e60\","
                + "\"customer\":\""
                + UUID.randomUUID()
                + "\",\"latencyMicros\":"
                + (3000 + i % 977)
                + "}");
        insert.addBatch();
        if ((i + 1) % batch == 0 || i == count - 1) {
          insert.executeBatch();
          connection.commit();
        }
      }
    }
    return null;
  }

  private static long sequence(BenchDatabase database, AtomicBoolean producing)
      throws SQLException, InterruptedException {
    long total = 0;
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      AuditLogStore store = new AuditLogStore(connection);
      while (true) {
        boolean stillProducing = producing.get();
        int added = store.sequence(5_000);
        connection.commit();
        total += added;
        if (added == 0) {
          if (!stillProducing) {
            return total;
          }
          Thread.sleep(5);
        }
      }
    }
  }
}
