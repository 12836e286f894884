package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.audit.infrastructure.AuditLogStore;
import io.tellerline.audit.log.CompactRange;
import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.OnPayaraMicro;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.junit.jupiter.api.Test;

/**
 * Several instances append at once: the running server's sequencer and two more sequencers (as
 * other application instances would run them) race over events written by concurrent producers.
 * Afterwards the leaf indexes are gapless and unique, every event is a leaf exactly once, and the
 * tree stored in PostgreSQL is the tree the events themselves rebuild.
 */
class AuditLogConcurrencyIT extends OnPayaraMicro {

  private static final String INSERT =
      "with event as (insert into audit_event"
          + " (id, occurred_at, event_type, actor, conversation_id, payload)"
          + " values (cast(? as uuid), ?, 'AI_DECISION', 'assistant', null, ?) returning seq)"
          + " insert into audit_pending (event_seq) select seq from event";

  @Test
  void concurrentAppendersAndSequencersBuildOneGaplessTree() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(5);
    AtomicBoolean producing = new AtomicBoolean(true);
    List<Future<?>> producers = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      producers.add(pool.submit(() -> produce(300, 20)));
    }
    List<Future<?>> sequencers = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      sequencers.add(pool.submit(() -> sequence(producing)));
    }
    for (Future<?> producer : producers) {
      producer.get();
    }
    producing.set(false);
    for (Future<?> sequencer : sequencers) {
      sequencer.get();
    }
    pool.shutdown();

    assertEquals(0, BankDatabase.count("select count(*) from audit_pending"));
    long leaves = BankDatabase.count("select count(*) from audit_leaf");
    assertEquals(
        leaves,
        BankDatabase.count("select coalesce(max(leaf_index) + 1, 0) from audit_leaf"),
        "leaf indexes are gapless");
    assertEquals(
        BankDatabase.count("select count(*) from audit_event"),
        leaves,
        "every event is a leaf exactly once");
    try (Connection connection = BankDatabase.connect()) {
      connection.setAutoCommit(false);
      CompactRange rebuilt = new CompactRange();
      try (PreparedStatement query =
          connection.prepareStatement(
              "select l.event_seq, e.id, e.occurred_at, e.event_type, e.actor, e.conversation_id,"
                  + " e.payload, l.leaf_index, l.leaf_hash from audit_leaf l"
                  + " join audit_event e on e.seq = l.event_seq order by l.leaf_index")) {
        query.setFetchSize(500);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            byte[] hash = AuditLogStore.record(rows.getLong(8), rows).leafHash();
            assertEquals(
                true, MessageDigest.isEqual(hash, rows.getBytes(9)), "leaf " + rows.getLong(8));
            rebuilt.append(hash);
          }
        }
      }
      assertArrayEquals(
          rebuilt.root(),
          new AuditLogStore(connection).root(leaves),
          "the stored tree is the one the events rebuild");
    }
  }

  private static Void produce(int count, int batch) throws SQLException {
    try (Connection connection = BankDatabase.connect();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      connection.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
        insert.setString(3, "{\"intent\":\"greeting\",\"n\":" + i + "}");
        insert.addBatch();
        if ((i + 1) % batch == 0) {
          insert.executeBatch();
          connection.commit();
        }
      }
      insert.executeBatch();
      connection.commit();
    }
    return null;
  }

  private static Void sequence(AtomicBoolean producing) throws Exception {
    try (Connection connection = BankDatabase.connect()) {
      connection.setAutoCommit(false);
      while (true) {
        boolean stillProducing = producing.get();
        int added = new AuditLogStore(connection).sequence(50);
        connection.commit();
        if (added == 0
            && !stillProducing
            && BankDatabase.count("select count(*) from audit_pending") == 0) {
          return null;
        }
        Thread.sleep(added == 0 ? 20 : 1);
      }
    }
  }
}
