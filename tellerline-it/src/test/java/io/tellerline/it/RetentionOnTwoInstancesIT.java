package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.MicroProcess;
import io.tellerline.it.support.OnPayaraMicro;
import io.tellerline.it.support.SeededCustomer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Retention with two application instances sharing one database (instance A is Arquillian's,
 * instance B is started here, {@code --nocluster}: nothing but PostgreSQL connects them). Many
 * conversations dated years back are seeded; a compliance officer starts a run on both instances at
 * the same moment: exactly one does the work (the advisory lock), the other says so, everything due
 * is gone, and the audit log verifies. The run's throughput (rows a second) is written to {@code
 * target/retention-throughput.txt} for BENCHMARKS.md.
 */
@Tag("drill") // starts its own instance: `./tellerline drills`, figures in BENCHMARKS.md
class RetentionOnTwoInstancesIT extends OnPayaraMicro {

  // A port the realm lets the console sign in on (as TwoInstanceDeliveryIT: drills run one by one).
  private static final int PORT_B = 18483;
  private static final int CONVERSATIONS = 10_000;
  private static final int MESSAGES_EACH = 4;

  private static MicroProcess instanceB;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    Path log = Files.createDirectories(Path.of("target", "instance-b")).resolve("retention.log");
    instanceB = MicroProcess.start(PORT_B, log);
  }

  @AfterAll
  static void stopSecondInstance() throws Exception {
    if (instanceB != null) {
      instanceB.close();
    }
  }

  @Test
  void oneInstanceRunsRetentionWhileTwoAreAsked() throws Exception {
    Instant started = Instant.now();
    SeededCustomer olga =
        SeededCustomer.create("Olga Oldfield", null, null, null, started.minus(years(6)));
    seedOldConversations(olga, started.minus(years(6)));

    KeycloakLogin onA = new KeycloakLogin(DemoUser.named("cora"));
    KeycloakLogin onB = new KeycloakLogin(DemoUser.named("cora"));
    String pageA = base("console/compliance/retention.xhtml");
    String pageB = instanceB.base() + "console/compliance/retention.xhtml";
    // Both signed in and the pages warm, so the two runs start as close together as possible.
    onA.browse(pageA);
    onB.browse(pageB);
    CompletableFuture<HttpResponse<String>> a =
        CompletableFuture.supplyAsync(() -> onA.submit(pageA, "retention", "retention:run"));
    CompletableFuture<HttpResponse<String>> b =
        CompletableFuture.supplyAsync(() -> onB.submit(pageB, "retention", "retention:run"));
    List<String> pages = List.of(a.get().body(), b.get().body());

    long ran = pages.stream().filter(page -> page.contains("Deleted")).count();
    long skipped =
        pages.stream().filter(page -> page.contains("Another instance is running")).count();
    assertEquals(1, ran, "exactly one instance ran it");
    assertEquals(1, skipped, "the other said so");
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from retention_run where not dry_run and started_at >= ?",
            Timestamp.from(started)),
        "one run recorded");
    assertEquals(
        0,
        BankDatabase.count("select count(*) from conversation where customer_id = ?", olga.id),
        "everything due is gone");
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from customer_data_key where key_id = ? and destroyed_at is not null",
            olga.keyId));
    writeThroughput(started);

    HttpResponse<String> verified =
        onA.submit(base("console/compliance/audit.xhtml"), "verify", "verify:verify-log");
    assertTrue(verified.body().contains("VERIFIED:"), verified.body());
    assertFalse(verified.body().contains("NOT VERIFIED"), verified.body());
  }

  private static void seedOldConversations(SeededCustomer customer, Instant when) throws Exception {
    try (Connection db = BankDatabase.connectAsOwner();
        PreparedStatement conversations =
            db.prepareStatement(
                "insert into conversation (id, customer_id, channel, status, language, started_at,"
                    + " last_activity_at, closed_at) select gen_random_uuid(), ?, 'WEB_CHAT',"
                    + " 'CLOSED', 'en', ?, ?, ? from generate_series(1, ?)");
        PreparedStatement messages =
            db.prepareStatement(
                "insert into conversation_message (id, conversation_id, seq, author, body,"
                    + " automated, created_at) select gen_random_uuid(), c.id, s, 'CUSTOMER',"
                    + " 'Where is my card?', false, c.last_activity_at from conversation c,"
                    + " generate_series(1, ?) s where c.customer_id = ?")) {
      Timestamp at = Timestamp.from(when);
      conversations.setObject(1, customer.id);
      conversations.setTimestamp(2, at);
      conversations.setTimestamp(3, at);
      conversations.setTimestamp(4, at);
      conversations.setInt(5, CONVERSATIONS);
      conversations.executeUpdate();
      messages.setInt(1, MESSAGES_EACH);
      messages.setObject(2, customer.id);
      messages.executeUpdate();
    }
  }

  /** Rows deleted over the run's duration, as the run recorded them. */
  private static void writeThroughput(Instant since) throws Exception {
    try (Connection db = BankDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select counts, extract(epoch from finished_at - started_at) from retention_run"
                    + " where not dry_run and started_at >= ?")) {
      query.setTimestamp(1, Timestamp.from(since));
      try (ResultSet run = query.executeQuery()) {
        assertTrue(run.next());
        long rows = 0;
        for (String pair : run.getString(1).split(",")) {
          rows += Long.parseLong(pair.substring(pair.indexOf('=') + 1));
        }
        double seconds = run.getDouble(2);
        String line =
            String.format(
                java.util.Locale.ROOT,
                "retention run: %d rows (%d conversations x %d messages seeded) in %.2f s ="
                    + " %.0f rows/s; counts %s%n",
                rows,
                CONVERSATIONS,
                MESSAGES_EACH,
                seconds,
                rows / Math.max(seconds, 0.001),
                run.getString(1));
        Files.writeString(Path.of("target", "retention-throughput.txt"), line);
      }
    }
  }

  private static Duration years(int count) {
    return Duration.ofDays(365L * count);
  }
}
