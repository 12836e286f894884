package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.ConsoleStepUp;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import io.tellerline.it.support.SeededCustomer;
import io.tellerline.it.support.TextColumnScan;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention and erasure on a real Payara Micro (issue 20). Retention: rows dated years back (seeded
 * through JDBC, as the application would have written them then) go in a run started by a
 * compliance officer; young rows stay; a dry run before deletes nothing; the run is recorded and
 * audited with its counts, and the audit log still verifies. Erasure: a customer with personal data
 * in every table Tellerline keeps about her is erased under four eyes (cora asks, adam approves),
 * and then no text column of the database holds her name, address, IBANs, card number or phone,
 * except the core-banking system of record.
 */
class RetentionAndErasureIT extends OnPayaraMicro {

  private static final Instant NOW = Instant.now();
  private static final Instant YEARS_AGO = NOW.minus(Duration.ofDays(6 * 365));
  private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));

  @Test
  void retentionDeletesWhatIsDueKeepsTheRestAndIsAudited() throws Exception {
    // A customer whose every conversation is years old: all of it goes, and her data key is
    // shredded.
    SeededCustomer gone = SeededCustomer.create("Olga Oldfield", null, null, null, YEARS_AGO);
    UUID old = gone.conversation(YEARS_AGO, "fine");
    UUID oldMessage = gone.message(old, 1, YEARS_AGO);
    UUID oldValue = gone.protectedValue(old, oldMessage, YEARS_AGO);
    gone.reveal(oldValue, "asked by phone", YEARS_AGO);
    gone.note(old, "called back", YEARS_AGO);
    gone.pendingAction(old, "DE00", YEARS_AGO, false);
    gone.openTask(old, "{}", YEARS_AGO);

    // A customer who wrote yesterday: her conversation stays; only her old records of other
    // classes go (a reveal, a note, a correction, a pending action, a rate-limit counter).
    SeededCustomer kept = SeededCustomer.create("Yara Young", null, null, null, YEARS_AGO);
    UUID young = kept.conversation(YESTERDAY, null);
    UUID youngMessage = kept.message(young, 1, YESTERDAY);
    UUID secondMessage = kept.message(young, 2, YESTERDAY);
    UUID youngValue = kept.protectedValue(young, youngMessage, YESTERDAY);
    UUID oldReveal = kept.reveal(youngValue, "asked by phone", NOW.minus(Duration.ofDays(400)));
    UUID youngReveal = kept.reveal(youngValue, "asked again", YESTERDAY);
    UUID oldNote = kept.note(young, "old note", NOW.minus(Duration.ofDays(1900)));
    UUID youngNote = kept.note(young, "new note", YESTERDAY);
    UUID oldCorrection =
        kept.correction(young, youngMessage, "masked", NOW.minus(Duration.ofDays(800)));
    UUID youngCorrection = kept.correction(young, secondMessage, "masked", YESTERDAY);
    UUID oldAction = kept.pendingAction(young, "DE00", NOW.minus(Duration.ofDays(100)), false);
    UUID youngAction = kept.pendingAction(young, "DE00", YESTERDAY, false);
    kept.usageCounter(NOW.minus(Duration.ofDays(3)));
    kept.usageCounter(NOW.minus(Duration.ofMinutes(1)));

    KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
    String page = base("console/compliance/retention.xhtml");

    assertEquals(
        403,
        new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER)).browse(page).statusCode(),
        "retention is for compliance officers and admins");

    // The dry run counts at least what was seeded as due, and deletes nothing.
    HttpResponse<String> dry = cora.submit(page, "retention", "retention:dry-run");
    assertEquals(200, dry.statusCode(), dry.body());
    assertTrue(dry.body().contains("Would delete"), dry.body());
    Map<String, Long> due = latestRun(true);
    assertTrue(due.get("conversations") >= 1, "due " + due);
    assertTrue(due.get("messages") >= 1, "due " + due);
    assertTrue(due.get("reveals") >= 1 && due.get("notes") >= 1, "due " + due);
    assertTrue(due.get("corrections") >= 1 && due.get("pendingActions") >= 1, "due " + due);
    assertTrue(due.get("rateLimitRecords") >= 1 && due.get("dataKeysShredded") >= 1, "due " + due);
    assertEquals(1, count("conversation", "id", old), "a dry run deletes nothing");
    assertEquals(1, count("pii_reveal", "id", oldReveal));

    // The clock set forward (development profile only): as of two years from now, yesterday's
    // reveal is due too; a dry run still deletes nothing.
    java.time.LocalDate later = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(2);
    HttpResponse<String> ahead =
        cora.submitWith(
            page, "retention", "retention:dry-run", Map.of("retention:as-of", later.toString()));
    assertEquals(200, ahead.statusCode(), ahead.body());
    assertTrue(ahead.body().contains(later + "T00:00:00Z"), ahead.body());
    assertTrue(latestRun(true).get("reveals") >= due.get("reveals") + 1, "" + latestRun(true));
    assertEquals(1, count("pii_reveal", "id", youngReveal));

    HttpResponse<String> ran = cora.submit(page, "retention", "retention:run");
    assertEquals(200, ran.statusCode(), ran.body());
    assertTrue(ran.body().contains("Deleted"), ran.body());
    Map<String, Long> deleted = latestRun(false);
    assertTrue(deleted.get("conversations") >= 1 && deleted.get("messages") >= 1, "" + deleted);

    // Old: gone, with everything on it; the key that protected only old values is destroyed.
    assertEquals(0, count("conversation", "id", old));
    assertEquals(0, count("conversation_message", "conversation_id", old));
    assertEquals(0, count("protected_value", "conversation_id", old));
    assertEquals(0, count("conversation_note", "conversation_id", old));
    assertEquals(0, count("pending_action", "conversation_id", old));
    assertEquals(0, count("conversation_task", "conversation_id", old));
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from customer_data_key where key_id = ? and wrapped_key is null"
                + " and destroyed_at is not null",
            gone.keyId));
    assertEquals(0, count("pii_reveal", "id", oldReveal));
    assertEquals(0, count("conversation_note", "id", oldNote));
    assertEquals(0, count("intent_correction", "id", oldCorrection));
    assertEquals(0, count("pending_action", "id", oldAction));
    assertEquals(0, count("pending_action_parameter", "pending_action_id", oldAction));
    assertEquals(
        1,
        BankDatabase.count("select count(*) from usage_counter where subject = ?", "it-" + kept.id),
        "only the young counter is left");

    // Young: kept, and her key too (it protects a value she may still need revealed).
    assertEquals(1, count("conversation", "id", young));
    assertEquals(2, count("conversation_message", "conversation_id", young));
    assertEquals(1, count("protected_value", "id", youngValue));
    assertEquals(1, count("pii_reveal", "id", youngReveal));
    assertEquals(1, count("conversation_note", "id", youngNote));
    assertEquals(1, count("intent_correction", "id", youngCorrection));
    assertEquals(1, count("pending_action", "id", youngAction));
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from customer_data_key where key_id = ? and destroyed_at is null",
            kept.keyId));

    // Audited with the counts, by the officer who started it; the log still verifies.
    assertTrue(
        BankDatabase.count(
                "select count(*) from audit_event where event_type = 'RETENTION_RUN'"
                    + " and actor = 'staff:cora' and payload like '%\"dryRun\":false%'"
                    + " and payload like '%\"counts\":{\"conversations\":%'"
                    + " and occurred_at > ?",
                java.sql.Timestamp.from(NOW))
            >= 1);
    assertTrue(
        BankDatabase.count(
                "select count(*) from audit_event where event_type = 'RETENTION_RUN'"
                    + " and payload like '%\"dryRun\":true%' and occurred_at > ?",
                java.sql.Timestamp.from(NOW))
            >= 1);
    assertVerifies(cora);
  }

  @Test
  void erasureUnderFourEyesLeavesNoneOfHerPersonalData() throws Exception {
    String name = "Henrike Halvorsen";
    String street = "Fjordgata 17";
    String city = "Trondheimsby";
    String phone = "+47 55 12 34 56";
    String card = "5555 5555 5555 4444";
    String otherIban = SeededCustomer.freshIban();
    SeededCustomer her = SeededCustomer.create(name, street, "7010", city, YESTERDAY);
    String iban = her.iban;

    UUID conversation = her.conversation(YESTERDAY, "Thanks! Reach me at " + phone);
    UUID message = her.message(conversation, 1, YESTERDAY);
    UUID value = her.protectedValue(conversation, message, YESTERDAY);
    her.reveal(value, "Confirmed " + name + " by phone " + phone, YESTERDAY);
    her.note(
        conversation, name + " lives at " + street + ", " + city + "; card " + card, YESTERDAY);
    her.correction(conversation, message, "I am " + name + ", my IBAN is " + iban, YESTERDAY);
    her.pendingAction(conversation, iban, YESTERDAY, true);
    her.openTask(conversation, "{\"payee\":\"" + name + "\",\"iban\":\"" + otherIban + "\"}", NOW);
    her.payeeWithTransfers(name + " savings", otherIban, "Savings " + name + " " + street);
    her.contactPhone(phone);
    BankDatabase.update(
        "insert into insight_dismissal (customer_id, insight_id, kind, rule_version, feedback,"
            + " dismissed_at) values (?, '0123456789abcdef', 'PRICE_RISE', 'price-rise/1', 'WRONG',"
            + " now())",
        her.id);

    List<String> hers =
        List.of(
            name,
            "Halvorsen",
            street,
            city,
            iban,
            grouped(iban),
            otherIban,
            card,
            card.replace(" ", ""),
            "55 12 34 56",
            "55123456");
    assertFalse(hitsOutsideTheSystemOfRecord(hers).isEmpty(), "seeded where the scan looks");

    String page = base("console/compliance/erasure.xhtml");
    KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
    String requested =
        ConsoleStepUp.withStepUp(
            base(""),
            cora,
            () ->
                cora.submitWith(
                    page,
                    "erasure",
                    "erasure:request",
                    Map.of(
                        "erasure:customer",
                        her.id.toString(),
                        "erasure:reason",
                        "Erasure request GDPR-2026-0099 from " + name)));
    assertTrue(requested.contains("Erasure requested."), requested);
    String request =
        BankDatabase.single(
                "select id from approval where kind = 'CUSTOMER_ERASURE' and subject = ?"
                    + " and state = 'PENDING'",
                her.id.toString())
            .toString();
    KeycloakLogin adam = new KeycloakLogin(DemoUser.named("adam"));
    String erased =
        ConsoleStepUp.withStepUp(
            base(""),
            adam,
            () ->
                adam.submitWith(
                    page, "decide", "decide:approve", Map.of("decide:request", request)));
    assertTrue(erased.contains("id=\"keys-destroyed\">1<"), erased);

    assertEquals(List.of(), hitsOutsideTheSystemOfRecord(hers), "her personal data after erasure");
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'CUSTOMER_DATA_ERASED'"
                + " and actor = 'staff:adam' and payload like ? and payload like ?"
                + " and payload like '%\"notesErased\":1%' and payload like '%\"payeesMasked\":1%'"
                + " and payload like '%\"scheduledTransfersDeleted\":1%'",
            "%\"requestedBy\":\"cora\"%", "%\"customer\":\"" + her.id + "\"%"),
        "the erasure's audit event names both officers and what was erased");
    assertEquals(1, count("conversation", "id", conversation), "the service record stays");
    assertEquals(
        0,
        BankDatabase.count("select count(*) from insight_dismissal where customer_id = ?", her.id),
        "her feedback on insights is gone");
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from pending_action where customer_id = ? and status = 'PENDING'",
            her.id),
        "her pending action can no longer run");
    assertVerifies(cora);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static long count(String table, String column, UUID value) throws Exception {
    return BankDatabase.count("select count(*) from " + table + " where " + column + " = ?", value);
  }

  /** The counts of the latest run (or dry run) recorded since this test class started. */
  private static Map<String, Long> latestRun(boolean dryRun) throws Exception {
    String counts =
        (String)
            BankDatabase.single(
                "select counts from retention_run where dry_run = ? and started_at > ?"
                    + " order by started_at desc limit 1",
                dryRun,
                java.sql.Timestamp.from(NOW));
    Map<String, Long> parsed = new java.util.LinkedHashMap<>();
    for (String pair : counts.split(",")) {
      String[] kindAndCount = pair.split("=");
      parsed.put(kindAndCount[0], Long.parseLong(kindAndCount[1]));
    }
    return parsed;
  }

  private void assertVerifies(KeycloakLogin cora) {
    HttpResponse<String> verified =
        cora.submit(base("console/compliance/audit.xhtml"), "verify", "verify:verify-log");
    assertTrue(verified.body().contains("VERIFIED:"), verified.body());
    assertFalse(verified.body().contains("NOT VERIFIED"), verified.body());
  }

  /**
   * The core bank's own records of the customer (name and address, accounts, verified contact
   * details): its system of record, which Tellerline does not erase (the bank's record-keeping
   * obligations decide; personal-data.md section 4).
   */
  private static final Set<String> SYSTEM_OF_RECORD =
      Set.of("customer", "account", "customer_contact");

  /** Every text column of every table, scanned for each value (case aside). */
  private static List<String> hitsOutsideTheSystemOfRecord(List<String> values) throws Exception {
    TextColumnScan.Findings findings =
        TextColumnScan.scan(table -> SYSTEM_OF_RECORD.contains(table) ? List.of() : values);
    List<String> hits = findings.hits();
    Set<String> scanned = findings.scanned();
    assertTrue(
        scanned.containsAll(
            List.of(
                "intent_correction.masked_text",
                "conversation_note.body",
                "conversation.csat_comment",
                "pii_reveal.reason",
                "pending_action_parameter.value",
                "payee.name",
                "payee.iban",
                "scheduled_transfer.reference",
                "standing_order.reference",
                "conversation_task.slots",
                "approval.reason",
                "audit_event.payload")),
        "scanned " + scanned);
    return hits;
  }

  private static String grouped(String iban) {
    return iban.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
