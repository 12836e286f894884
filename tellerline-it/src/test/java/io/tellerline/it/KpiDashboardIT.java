package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import io.tellerline.it.support.SeededCustomer;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The KPI dashboard on the real server (issue 19): four conversations seeded on one day through
 * JDBC, their messages written through the KPI triggers (V30, V39) as the application's turns write
 * them, in either order within a turn; the dashboard shows the KPIs computed by hand below; a
 * seeded shift of one intent raises a drift alert that is in the audit log and on the dashboard's
 * banner; a teller is refused.
 */
class KpiDashboardIT extends OnPayaraMicro {

  /** A day nobody else seeds: the test clears it first, so a rerun sees only its own rows. */
  private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(45);

  private static final Instant T = DAY.atTime(8, 0).toInstant(ZoneOffset.UTC);

  @Test
  void kpisEqualTheHandComputedValuesAndDriftIsAlertedAndAudited() throws Exception {
    clear(DAY);
    SeededCustomer anna = SeededCustomer.create("Anna Kpi", null, null, null, Instant.now());
    SeededCustomer bert = SeededCustomer.create("Bert Kpi", null, null, null, Instant.now());
    // C1 (anna, en, kpi_balance): the assistant alone; 2 turns, the second not understood; replies
    // 2 s after the first message; closed after 120 s; rated 5.
    UUID c1 = conversation(anna, "en", T, T.plusSeconds(120), 5, null, null, null);
    customer(c1, 1, T, "kpi_balance", "0.9", "ANSWERED");
    reply(c1, 2, T.plusSeconds(2), "ASSISTANT");
    customer(c1, 3, T.plusSeconds(60), "kpi_balance", "0.2", "NOT_UNDERSTOOD");
    reply(c1, 4, T.plusSeconds(62), "ASSISTANT");
    // C2 (anna, en, kpi_card): handed over at +10 s (customer asked), staff took it at +70 s and
    // wrote at +100 s; closed at +300 s; rated 2. Two step-ups: one completed, one expired.
    UUID c2 =
        conversation(
            anna,
            "en",
            T,
            T.plusSeconds(300),
            2,
            T.plusSeconds(10),
            "CUSTOMER_ASKED",
            T.plusSeconds(70));
    customer(c2, 1, T, "kpi_card", "0.8", "ANSWERED");
    reply(c2, 2, T.plusSeconds(4), "ASSISTANT");
    UUID staffReply = reply(c2, 3, T.plusSeconds(100), "STAFF");
    stepUp(c2, anna, "COMPLETED", staffReply);
    stepUp(c2, anna, "EXPIRED", null);
    // C3 (bert, de, kpi_balance): the assistant alone, closed after 60 s, not rated; but bert came
    // back on the same intent 2 hours later (C4), so C3 was not self-served.
    // The greeting was written when the conversation started; a turn's messages then arrive in one
    // flush, in no fixed order: here the reply's row comes before the customer's.
    UUID c3 = conversation(bert, "de", T, T.plusSeconds(60), null, null, null, null);
    reply(c3, 1, T.minusSeconds(1), "ASSISTANT");
    reply(c3, 3, T.plusSeconds(6), "ASSISTANT");
    customer(c3, 2, T, "kpi_balance", "0.7", "ANSWERED");
    // C4 (bert, de, kpi_balance): not understood, handed over (low confidence) at +30 s, closed
    // at +600 s before staff took it: abandoned.
    Instant t4 = T.plus(Duration.ofHours(2));
    UUID c4 =
        conversation(
            bert, "de", t4, t4.plusSeconds(600), null, t4.plusSeconds(30), "LOW_CONFIDENCE", null);
    // A greeting before the customer wrote is no reply, even when its row arrives after theirs.
    customer(c4, 2, t4, "kpi_balance", "0.3", "NOT_UNDERSTOOD");
    reply(c4, 1, t4.minusSeconds(1), "ASSISTANT");
    reply(c4, 3, t4.plusSeconds(2), "ASSISTANT");

    KeycloakLogin sam = new KeycloakLogin(DemoUser.named("sam"));
    String page =
        base("console/kpi/index.xhtml?from=" + DAY + "&to=" + DAY + "&dimension=LANGUAGE");
    String shown = sam.browse(page).body();
    // 4 conversations. Self-service: C1 only (C2, C4 handed over; C3 followed by C4) of 4 ended
    // = 25.0 %. Escalation: C2, C4 of 4 = 50.0 %. Abandonment: C4 of the 2 handed over = 50.0 %.
    // Not understood: 2 of 5 customer turns (C1 2, C2 1, C3 1, C4 1) = 40.0 %.
    // First response, assistant: (2 + 4 + 6 + 2) / 4 = 3.5 s; staff: C2's 100 - 10 = 90.0 s.
    // Resolution, assistant: (120 + 60) / 2 = 90.0 s; staff: (300 + 600) / 2 = 450.0 s.
    // Hand-over wait: C2's 70 - 10 = 60.0 s (C4 never taken). CSAT: (5 + 2) / 2 = 3.50, rated 2
    // of 4 closed = 50.0 %. Step-up completion: 1 of 2 = 50.0 %.
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("total-conversations", "4"),
            Map.entry("total-self-service", "25.0 %"),
            Map.entry("total-escalation", "50.0 %"),
            Map.entry("total-abandonment", "50.0 %"),
            Map.entry("total-not-understood", "40.0 %"),
            Map.entry("total-assistant-first-response", "3.5 s"),
            Map.entry("total-staff-first-response", "90.0 s"),
            Map.entry("total-assistant-resolution", "90.0 s"),
            Map.entry("total-staff-resolution", "450.0 s"),
            Map.entry("total-handover-wait", "60.0 s"),
            Map.entry("total-csat", "3.50"),
            Map.entry("total-csat-response", "50.0 %"));
    expected.forEach(
        (id, value) ->
            assertTrue(
                shown.contains("id=\"" + id + "\">" + value + "<"),
                id + " is not " + value + ": " + shown));
    assertTrue(shown.contains("id=\"total-step-up\">50.0 %"), shown);
    assertTrue(shown.contains("(1 of 2)"), shown);

    // By language: en = C1, C2 (self-service 1 of 2 ended = 50.0 %), de = C3, C4 (0 of 2).
    String csv =
        sam.browse(
                base("console/kpi/export.csv?from=" + DAY + "&to=" + DAY + "&dimension=LANGUAGE"))
            .body();
    assertTrue(csv.contains("\"en\",\"2\",\"3\",\"33.3 %\""), csv);
    assertTrue(csv.contains("\"de\",\"2\",\"2\",\"50.0 %\""), csv);
    // Escalations by reason: one each, 25.0 % of the 4 conversations.
    assertTrue(shown.contains("CUSTOMER_ASKED"), shown);
    assertTrue(shown.contains("LOW_CONFIDENCE"), shown);

    // A seeded shift: an intent answered with confidence 0.9 three days ago (20 messages) is not
    // understood at 0.2 in the last hour (20 messages): its not-understood rate rose 100 points and
    // its mean confidence fell 0.7, both over the default thresholds (10 points, 0.10).
    String probe = "kpi_drift_" + UUID.randomUUID().toString().substring(0, 8);
    UUID baseline =
        conversation(
            anna, "en", Instant.now().minus(Duration.ofDays(3)), null, null, null, null, null);
    UUID recent =
        conversation(
            anna, "en", Instant.now().minus(Duration.ofHours(1)), null, null, null, null, null);
    for (int i = 1; i <= 20; i++) {
      customer(baseline, i, Instant.now().minus(Duration.ofDays(3)), probe, "0.9", "ANSWERED");
      customer(recent, i, Instant.now().minus(Duration.ofHours(1)), probe, "0.2", "NOT_UNDERSTOOD");
    }
    String checked = sam.submit(page, "filter", "filter:check-drift").body();
    assertTrue(checked.contains("drift-banner"), checked);
    assertTrue(checked.contains(probe), checked);
    assertEquals(
        2,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'DRIFT_ALERT_RAISED'"
                + " and payload like ?",
            "%" + probe + "%"),
        "the not-understood rate and the mean confidence drifted, each audited once");

    // A teller sees neither the dashboard nor its export.
    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    assertEquals(403, tessa.browse(page).statusCode());
    assertEquals(403, tessa.browse(base("console/kpi/export.csv")).statusCode());
  }

  @Test
  void aRealTurnIsRecordedForTheKpisAndTheGaugesAreOnMetrics() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    firstAnswer(DemoUser.named(DemoUser.ALICE), "what is my balance?");
    // The turn noted its outcome and model version; the trigger counted it on its conversation.
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from conversation_message m join conversation c"
                + " on c.id = m.conversation_id where m.author = 'CUSTOMER' and m.created_at >= ?"
                + " and m.outcome is not null and m.out_of_scope is not null"
                + " and m.intent_model_version is not null and c.customer_turns = 1"
                + " and c.first_intent = m.intent and c.first_assistant_reply_at is not null",
            at(before)));
    // A hand-over: its time and reason are kept when the queue's own columns are cleared later.
    Instant asked = Instant.now().minusSeconds(1);
    firstAnswer(DemoUser.named(DemoUser.ALICE), "can I talk to a person please");
    Object handedOver =
        BankDatabase.single(
            "select c.id from conversation c join conversation_message m"
                + " on m.conversation_id = c.id and m.author = 'CUSTOMER'"
                + " where c.started_at >= ? and m.outcome = 'HANDED_OVER'"
                + " and c.handover_reason = 'CUSTOMER_ASKED' and c.handed_over_at = c.waiting_since",
            at(asked));
    // Out of the queue again, as staff would close it (other tests count the queue).
    BankDatabase.update(
        "update conversation set status = 'CLOSED', waiting_since = null, closed_at = now()"
            + " where id = ?",
        handedOver);
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from conversation where id = ? and handed_over_at is not null",
            handedOver));
    HttpResponse<String> metrics =
        Http.get(base("metrics"), System.getenv("TELLERLINE_MONITOR_TOKEN"), "text/plain");
    assertEquals(200, metrics.statusCode());
    for (String name :
        List.of(
            "tellerline_chat_turns_total",
            "tellerline_chat_turn_seconds",
            "tellerline_handovers_total",
            "tellerline_kpi_self_service_ratio",
            "tellerline_kpi_csat_mean",
            "tellerline_kpi_not_understood_ratio",
            "tellerline_drift_alerts")) {
      assertTrue(metrics.body().contains(name), name + " is not on /metrics");
    }
  }

  @Test
  void aFairnessGapIsAFindingAcknowledgedAndAudited() throws Exception {
    // The day before: 10 conversations in en, none handed over (0.0 %), 10 in de, 5 handed over
    // (50.0 %): a gap of 50 points between the languages, over the 5 allowed.
    LocalDate day = DAY.minusDays(1);
    clear(day);
    SeededCustomer cleo = SeededCustomer.create("Cleo Kpi", null, null, null, Instant.now());
    Instant t = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    for (int i = 0; i < 20; i++) {
      boolean de = i >= 10;
      boolean handedOver = de && i % 2 == 0;
      Instant started = t.plus(Duration.ofHours(i / 2)).plusSeconds(i * 60L);
      UUID c =
          conversation(
              cleo,
              de ? "de" : "en",
              started,
              started.plusSeconds(60),
              null,
              handedOver ? started.plusSeconds(10) : null,
              handedOver ? "CUSTOMER_ASKED" : null,
              null);
      customer(c, 1, started, "kpi_fair_" + i, "0.9", "ANSWERED");
    }
    KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
    String page = base("console/kpi/index.xhtml?from=" + day + "&to=" + day + "&dimension=ALL");
    String finding =
        "kpi-it-model / language: escalation rate de 50.0 % vs en 0.0 % (gap 50.0 points)";
    assertTrue(cora.browse(page).body().contains(finding), finding);
    String reason = "demo data " + UUID.randomUUID();
    String acknowledged =
        cora.submitWith(
                page,
                "acknowledge",
                "acknowledge:acknowledge-finding",
                Map.of("acknowledge:finding", finding, "acknowledge:reason", reason))
            .body();
    assertTrue(acknowledged.contains(reason), acknowledged);
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'FAIRNESS_GAP_ACKNOWLEDGED'"
                + " and actor = 'staff:cora' and payload like ?",
            "%" + reason + "%"));
  }

  private static void clear(LocalDate day) throws Exception {
    Timestamp from = at(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    Timestamp to = at(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    String started = "(select id from conversation where started_at >= ? and started_at < ?)";
    BankDatabase.update("delete from pending_action where conversation_id in " + started, from, to);
    BankDatabase.update(
        "delete from conversation_message where conversation_id in " + started, from, to);
    BankDatabase.update(
        "delete from conversation where started_at >= ? and started_at < ?", from, to);
  }

  private static UUID conversation(
      SeededCustomer customer,
      String language,
      Instant started,
      Instant closed,
      Integer csat,
      Instant handedOver,
      String reason,
      Instant staffJoined)
      throws Exception {
    UUID id = UUID.randomUUID();
    Instant last = closed == null ? started : closed;
    BankDatabase.update(
        "insert into conversation (id, customer_id, channel, status, language, started_at,"
            + " last_activity_at, closed_at, csat_score, csat_at, handed_over_at, handover_reason,"
            + " staff_joined_at) values (?, ?, 'WEB_CHAT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        customer.id,
        closed == null ? "WITH_ASSISTANT" : "CLOSED",
        language,
        at(started),
        at(last),
        at(closed),
        csat,
        csat == null ? null : at(closed),
        at(handedOver),
        reason,
        at(staffJoined));
    return id;
  }

  private static void customer(
      UUID conversation, int seq, Instant when, String intent, String confidence, String outcome)
      throws Exception {
    BankDatabase.update(
        "insert into conversation_message (id, conversation_id, seq, author, body, automated,"
            + " intent, confidence, frustration, outcome, out_of_scope, intent_model_version,"
            + " created_at) values (?, ?, ?, 'CUSTOMER', 'seeded', false, ?, cast(? as numeric),"
            + " 0.1, ?, false, 'kpi-it-model', ?)",
        UUID.randomUUID(),
        conversation,
        seq,
        intent,
        confidence,
        outcome,
        at(when));
  }

  private static UUID reply(UUID conversation, int seq, Instant when, String author)
      throws Exception {
    UUID id = UUID.randomUUID();
    BankDatabase.update(
        "insert into conversation_message (id, conversation_id, seq, author, body, automated,"
            + " created_at) values (?, ?, ?, ?, 'seeded reply', ?, ?)",
        id,
        conversation,
        seq,
        author,
        "ASSISTANT".equals(author),
        at(when));
    return id;
  }

  private static void stepUp(UUID conversation, SeededCustomer customer, String status, UUID result)
      throws Exception {
    BankDatabase.update(
        "insert into pending_action (id, conversation_id, customer_id, intent, status, created_at,"
            + " expires_at, completed_at, result_message_id) values (?, ?, ?, 'kpi_card', ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        conversation,
        customer.id,
        status,
        at(T.plusSeconds(20)),
        at(T.plusSeconds(320)),
        result == null ? null : at(T.plusSeconds(100)),
        result);
  }

  private static Timestamp at(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
