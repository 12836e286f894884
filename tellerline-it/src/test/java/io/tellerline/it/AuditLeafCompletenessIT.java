package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.infrastructure.IncrementalCompletenessCheck;
import io.tellerline.audit.infrastructure.LeafCompleteness;
import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.Eventually;
import io.tellerline.it.support.OnPayaraMicro;
import io.tellerline.it.support.TestEnvironment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The minute watch reads only the events above its bound (so its cost follows the event rate, not
 * the log's size). Here, on the real database, as an owner who keeps events out of the tree would
 * act: an event kept out just above the bound is reported and stays reported after the settled
 * events pass it; one slipped in below the bound is beyond the watch by design, and the full check
 * the compliance verification makes still finds it. The checks run in this JVM with chosen instants
 * (the server's own watch runs every minute beside them and only reads).
 */
class AuditLeafCompletenessIT extends OnPayaraMicro {

  private static final Duration LATER = IncrementalCompletenessCheck.SETTLED_AFTER.multipliedBy(4);

  private static final Eventually SEQUENCER = Eventually.within(Duration.ofSeconds(30));

  /** Events of this test only; no other test's query matches them. */
  private static final String ACTOR = "it:leaf-completeness";

  @Test
  void anEventKeptOutJustAboveTheBoundStaysReportedUntilItIsQueuedAgain() throws Exception {
    assumeSeparateRoles();
    Instant now = Instant.now();
    IncrementalCompletenessCheck watch = new IncrementalCompletenessCheck();
    long before = check(watch, now).withoutLeafOrQueue();
    assertEquals(0, before, "the log starts complete (the first check reads all of it)");
    long bound = watch.settledThrough();

    long keptOut = insertAsOwner(now.minus(LATER), false);
    long queuedAfterIt = insertAsOwner(settlingAt(now.plus(LATER)), true);
    // A queued event holds the bound too; with the queue sequenced, only the kept-out one does.
    waitUntilNothingQueuedUpTo(queuedAfterIt);
    try {
      assertTrue(keptOut > bound, "recorded above the bound " + bound + ": " + keptOut);
      LeafCompleteness found = check(watch, now.plus(LATER));
      assertEquals(1, found.withoutLeafOrQueue());
      assertEquals(OptionalLong.of(keptOut), found.firstWithoutLeafOrQueue());
      assertEquals(
          keptOut - 1,
          watch.settledThrough(),
          "settled events (" + queuedAfterIt + " and later) do not carry the bound past it");

      LeafCompleteness again = check(watch, now.plus(LATER.multipliedBy(2)));
      assertEquals(1, again.withoutLeafOrQueue(), "still reported at the next check");
    } finally {
      BankDatabase.update("insert into audit_pending (event_seq) values (?)", keptOut);
    }
    waitUntilNothingQueuedUpTo(queuedAfterIt);
    LeafCompleteness repaired = check(watch, now.plus(LATER.multipliedBy(3)));
    assertEquals(0, repaired.withoutLeafOrQueue());
    assertTrue(
        watch.settledThrough() >= queuedAfterIt,
        "once queued again the bound moves on: " + watch.settledThrough());
  }

  @Test
  void anEventSlippedInBelowTheBoundIsLeftToTheVerificationWhichFindsIt() throws Exception {
    assumeSeparateRoles();
    long unused = numberTakenAndRolledBack();
    Instant later = Instant.now().plus(LATER);
    waitUntilNothingQueuedUpTo(insertAsOwner(settlingAt(later), true));
    IncrementalCompletenessCheck watch = new IncrementalCompletenessCheck();
    assertEquals(0, check(watch, later).withoutLeafOrQueue());
    assertTrue(watch.settledThrough() >= unused, "the bound reached " + unused);

    insertAsOwnerNumbered(unused);
    try {
      assertEquals(
          0,
          check(watch, later).withoutLeafOrQueue(),
          "below the bound: the minute watch does not read it (documented)");
      try (Connection application = BankDatabase.connect()) {
        LeafCompleteness full = LeafCompleteness.of(application, later);
        assertEquals(OptionalLong.of(unused), full.firstWithoutLeafOrQueue());
        assertEquals(1, full.withoutLeafOrQueue(), "the verification's full check finds it");
      }
    } finally {
      BankDatabase.update("insert into audit_pending (event_seq) values (?)", unused);
    }
    waitUntilSequenced(unused);
  }

  /**
   * Recorded just before the cut-off of a check at {@code checkAt}: the latest settled event then,
   * whatever else the server records meanwhile (dated in the future for that reason).
   */
  private static Instant settlingAt(Instant checkAt) {
    return checkAt.minus(IncrementalCompletenessCheck.SETTLED_AFTER).minusSeconds(1);
  }

  private static LeafCompleteness check(IncrementalCompletenessCheck watch, Instant at)
      throws SQLException {
    try (Connection application = BankDatabase.connect()) {
      return watch.check(application, at);
    }
  }

  /** As the owner: an assistant's decision, with or without its queue entry. */
  private static long insertAsOwner(Instant occurredAt, boolean queued) throws SQLException {
    try (Connection owner = BankDatabase.connectAsOwner();
        PreparedStatement insert =
            owner.prepareStatement(
                "insert into audit_event (id, occurred_at, event_type, actor, payload) values"
                    + " (gen_random_uuid(), ?, 'AUDIT_READ', '"
                    + ACTOR
                    + "', '{}') returning seq")) {
      insert.setTimestamp(1, Timestamp.from(occurredAt));
      long seq;
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        seq = row.getLong(1);
      }
      if (queued) {
        try (PreparedStatement queue =
            owner.prepareStatement("insert into audit_pending (event_seq) values (?)")) {
          queue.setLong(1, seq);
          queue.executeUpdate();
        }
      }
      return seq;
    }
  }

  /** A number the identity gave out to a transaction that rolled back: free to be used later. */
  private static long numberTakenAndRolledBack() throws SQLException {
    try (Connection owner = BankDatabase.connectAsOwner()) {
      owner.setAutoCommit(false);
      try (ResultSet row =
          owner
              .createStatement()
              .executeQuery(
                  "insert into audit_event (id, occurred_at, event_type, actor, payload) values"
                      + " (gen_random_uuid(), now(), 'AUDIT_READ', '"
                      + ACTOR
                      + "', '{}')"
                      + " returning seq")) {
        row.next();
        return row.getLong(1);
      } finally {
        owner.rollback();
      }
    }
  }

  /** As the owner, with a number chosen below the bound and no queue entry. */
  private static void insertAsOwnerNumbered(long seq) throws SQLException {
    try (Connection owner = BankDatabase.connectAsOwner();
        PreparedStatement insert =
            owner.prepareStatement(
                "insert into audit_event (seq, id, occurred_at, event_type, actor, payload)"
                    + " overriding system value values (?, gen_random_uuid(), now(),"
                    + " 'AUDIT_READ', '"
                    + ACTOR
                    + "', '{}')")) {
      insert.setLong(1, seq);
      insert.executeUpdate();
    }
  }

  /** The server's sequencer runs every second. */
  private static void waitUntilNothingQueuedUpTo(long seq) throws Exception {
    SEQUENCER.until(
        () -> BankDatabase.count("select count(*) from audit_pending where event_seq <= ?", seq),
        queued -> queued == 0,
        "no event up to " + seq + " to be queued");
  }

  /** The server's sequencer runs every second. */
  private static void waitUntilSequenced(long seq) throws Exception {
    SEQUENCER.until(
        () -> BankDatabase.count("select count(*) from audit_leaf where event_seq = ?", seq),
        leaves -> leaves == 1,
        "a leaf for event " + seq);
  }

  private static void assumeSeparateRoles() {
    Assumptions.assumeFalse(
        TestEnvironment.ownerUser().equals(TestEnvironment.databaseUser()),
        "the test database was given one role for both (TELLERLINE_TEST_DB_URL without"
            + " TELLERLINE_TEST_DB_MIGRATION_USER)");
  }
}
