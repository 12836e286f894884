package io.tellerline.privacy.infrastructure;

import io.tellerline.platform.bench.BenchDatabase;
import io.tellerline.privacy.domain.RetentionSchedule;
import io.tellerline.privacy.domain.RetentionStore.Purge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Throughput of a retention run (rows deleted a second) with the production store, and what a chat
 * turn sees meanwhile: conversations dated six years back (messages, a protected value, a note, a
 * pending action with a parameter each) are deleted in batches while another connection keeps
 * writing a message and updating a conversation that is not due, as a chat turn does; the slowest
 * of those writes shows whether retention blocked the chat.
 */
public final class RetentionBenchmark {

  /** Sequence numbers of the chat's messages, unique over both phases. */
  private static final AtomicInteger SEQ = new AtomicInteger(1_000_000);

  private RetentionBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchDatabase database = BenchDatabase.fromArguments(args);
    int conversations = Integer.parseInt(args[3]);
    int messages = Integer.parseInt(args[4]);
    int batch = Integer.parseInt(args[5]);
    database.migrate();
    Instant now = Instant.now();
    try (Connection db = database.connect()) {
      seed(db, conversations, messages, now.minus(Duration.ofDays(6 * 365)), now);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(database.url());
    dataSource.setUser(database.user());
    dataSource.setPassword(database.password());
    JdbcRetentionStore store = new JdbcRetentionStore();
    store.dataSource = dataSource;

    // The same chat writes for 5 s without retention: what "not blocked" is compared with.
    AtomicBoolean alone = new AtomicBoolean(true);
    List<Long> baseline = Collections.synchronizedList(new ArrayList<>());
    Thread quiet = new Thread(() -> chat(database, alone, baseline));
    quiet.start();
    Thread.sleep(5_000);
    alone.set(false);
    quiet.join();

    AtomicBoolean running = new AtomicBoolean(true);
    List<Long> turns = Collections.synchronizedList(new ArrayList<>());
    Thread chat = new Thread(() -> chat(database, running, turns));
    chat.start();
    long started = System.nanoTime();
    Purge purge =
        store
            .purge(RetentionSchedule.defaults().cutoffs(now), batch, now.plus(Duration.ofHours(1)))
            .orElseThrow();
    double seconds = (System.nanoTime() - started) / 1e9;
    running.set(false);
    chat.join();
    long rows = purge.counts().values().stream().mapToLong(Long::longValue).sum();
    List<Long> sorted = sorted(turns);
    List<Long> before = sorted(baseline);
    System.out.printf(
        "retention: %d conversations x %d messages (+ a protected value, a note, a pending action"
            + " each), batches of %d%n"
            + "deleted %d rows (%s) in %.2f s: %.0f rows/s (%.0f conversations/s)%n"
            + "chat writes meanwhile: %d, median %.1f ms, p99 %.1f ms, slowest %.1f ms%n"
            + "chat writes alone (5 s before): %d, median %.1f ms, p99 %.1f ms, slowest %.1f ms%n",
        conversations,
        messages,
        batch,
        rows,
        purge.counts(),
        seconds,
        rows / seconds,
        purge.counts().get("conversations") / seconds,
        sorted.size(),
        quantile(sorted, 0.5),
        quantile(sorted, 0.99),
        quantile(sorted, 1),
        before.size(),
        quantile(before, 0.5),
        quantile(before, 0.99),
        quantile(before, 1));
    if (purge.counts().get("conversations") < conversations || !purge.complete()) {
      throw new IllegalStateException("not everything due was deleted: " + purge);
    }
  }

  private static List<Long> sorted(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted;
  }

  /** Milliseconds at the quantile (1 = the slowest). */
  private static double quantile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
  }

  private static void seed(Connection db, int conversations, int messages, Instant old, Instant now)
      throws Exception {
    Timestamp at = Timestamp.from(old);
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "insert into customer (id, customer_number, idp_subject, display_name) values"
              + " ('b0000000-0000-4000-8000-00000000be01', 'BENCH1', 'bench-1', 'Bench Customer'),"
              + " ('b0000000-0000-4000-8000-00000000be02', 'BENCH2', 'bench-2', 'Chat Customer')"
              + " on conflict do nothing");
      sql.execute(
          "insert into customer_data_key (key_id, customer_id, generation, wrapped_key,"
              + " master_key_id, created_at) values ('dk-bench-1',"
              + " 'b0000000-0000-4000-8000-00000000be01', 1, 'placeholder', 'none', now())"
              + " on conflict do nothing");
      sql.execute(
          "insert into conversation (id, customer_id, channel, status, language, started_at,"
              + " last_activity_at) values ('c0000000-0000-4000-8000-00000000be02',"
              + " 'b0000000-0000-4000-8000-00000000be02', 'WEB_CHAT', 'WITH_ASSISTANT', 'en', now(),"
              + " now()) on conflict do nothing");
    }
    String[] steps = {
      "insert into conversation (id, customer_id, channel, status, language, started_at,"
          + " last_activity_at, closed_at) select gen_random_uuid(),"
          + " 'b0000000-0000-4000-8000-00000000be01', 'WEB_CHAT', 'CLOSED', 'en', ?, ?, ?"
          + " from generate_series(1, "
          + conversations
          + ")",
      "insert into conversation_message (id, conversation_id, seq, author, body, automated,"
          + " created_at) select gen_random_uuid(), c.id, s, 'CUSTOMER', 'Where is my card, I"
          + " ordered it two weeks ago.', false, c.last_activity_at from conversation c,"
          + " generate_series(1, "
          + messages
          + ") s where c.last_activity_at = ?",
      "insert into protected_value (id, customer_id, conversation_id, message_id, ordinal,"
          + " pii_type, token, ciphertext, data_key_id, created_at) select gen_random_uuid(),"
          + " c.customer_id, c.id, m.id, 0, 'PHONE', '[PHONE:0123456789abcdef]', 'placeholder',"
          + " 'dk-bench-1', c.last_activity_at from conversation c join conversation_message m"
          + " on m.conversation_id = c.id and m.seq = 1 where c.last_activity_at = ?",
      "insert into conversation_note (id, conversation_id, author, body, created_at) select"
          + " gen_random_uuid(), id, 'tessa', 'called back', last_activity_at from conversation"
          + " where last_activity_at = ?",
      "insert into pending_action (id, conversation_id, customer_id, intent, status, created_at,"
          + " expires_at) select gen_random_uuid(), id, customer_id, 'transfer', 'EXPIRED',"
          + " last_activity_at, last_activity_at from conversation where last_activity_at = ?",
      "insert into pending_action_parameter (pending_action_id, name, value) select id, 'amount',"
          + " '10.00' from pending_action where created_at = ?",
    };
    for (String step : steps) {
      try (PreparedStatement insert = db.prepareStatement(step)) {
        int count = step.length() - step.replace("?", "").length();
        for (int i = 1; i <= count; i++) {
          insert.setTimestamp(i, at);
        }
        insert.executeUpdate();
      }
    }
    try (Statement sql = db.createStatement()) {
      sql.execute("analyze");
    }
  }

  /** A chat turn's writes, over and over: a message and the conversation's activity. */
  private static void chat(BenchDatabase database, AtomicBoolean running, List<Long> turns) {
    try (Connection db = database.connect();
        PreparedStatement message =
            db.prepareStatement(
                "insert into conversation_message (id, conversation_id, seq, author, body,"
                    + " automated, created_at) values (gen_random_uuid(),"
                    + " 'c0000000-0000-4000-8000-00000000be02', ?, 'CUSTOMER', 'hello', false,"
                    + " now())");
        PreparedStatement touch =
            db.prepareStatement(
                "update conversation set last_activity_at = now(),"
                    + " message_count = message_count + 1"
                    + " where id = 'c0000000-0000-4000-8000-00000000be02'")) {
      db.setAutoCommit(false);
      while (running.get()) {
        long started = System.nanoTime();
        message.setInt(1, SEQ.getAndIncrement());
        message.executeUpdate();
        touch.executeUpdate();
        db.commit();
        turns.add(System.nanoTime() - started);
        Thread.sleep(5);
      }
    } catch (Exception e) {
      throw new IllegalStateException("chat writes failed", e);
    }
  }
}
