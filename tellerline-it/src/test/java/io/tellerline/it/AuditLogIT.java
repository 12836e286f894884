package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.AuditLogProgress;
import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import io.tellerline.it.support.TestEnvironment;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tamper-evident audit log on the real server and PostgreSQL: chat turns become leaves of a
 * signed Merkle tree; a compliance officer verifies it in the console and exports a bundle that the
 * stand-alone verifier jar accepts; an event altered in the database behind the application's back
 * is then caught by both.
 */
class AuditLogIT extends OnPayaraMicro {

  @TempDir Path dir;

  @Test
  void exportsVerifyOfflineAndTamperingIsCaught() throws Exception {
    chat("what is my balance?", "thanks", "show me my recent transactions");
    long signed = waitUntilEverythingIsSigned();
    KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
    HttpResponse<String> page = cora.browse(base("console/compliance/audit.xhtml"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"signed-size\">" + signed + "<"), page.body());

    Path bundle = export(cora, 0, signed, "bundle");
    Verifier genuine = verifier(bundle);
    assertEquals(0, genuine.exit(), genuine.output());
    assertTrue(genuine.output().contains("VERDICT: VERIFIED"), genuine.output());
    assertTrue(genuine.output().contains("events:      " + signed), genuine.output());

    Path background = backgroundExport(cora, signed);
    Verifier fromBackground = verifier(background);
    assertEquals(0, fromBackground.exit(), fromBackground.output());
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'AUDIT_EXPORTED'"
                + " and actor = 'staff:cora' and payload::jsonb -> 'source' is null"),
        "every export says where its request came from, also one written in the background");

    Path csv = export(cora, 0, signed, "csv");
    List<String> rows = Files.readAllLines(csv);
    assertTrue(rows.get(0).startsWith("leaf_index,event_id,occurred_at,type"), rows.get(0));
    assertTrue(rows.size() > signed, "a header and one row per event (payloads may span lines)");

    HttpResponse<String> verified =
        cora.submit(base("console/compliance/audit.xhtml"), "verify", "verify:verify-log");
    assertTrue(verified.body().contains("VERIFIED:"), verified.body());
    assertTrue(!verified.body().contains("NOT VERIFIED"), verified.body());
    assertTrue(
        BankDatabase.count(
                "select count(*) from audit_event where event_type ="
                    + " 'AUDIT_EXPORTED' and actor = 'staff:cora'")
            >= 2);

    assertTrue(
        BankDatabase.count(
                "select count(*) from audit_event where event_type ="
                    + " 'SYSTEM_STARTED' and payload like '%\"policyVersion\":\"authn-%'")
            >= 1);
    assertTrue(
        BankDatabase.count(
                "select count(*) from audit_event where event_type = 'SIGNING_KEY_ADDED'")
            >= 1);
    HttpResponse<String> consistent =
        cora.submitWith(
            base("console/compliance/audit.xhtml"),
            "consistency",
            "consistency:check",
            java.util.Map.of(
                "consistency:first", "1", "consistency:second", String.valueOf(signed)));
    assertTrue(consistent.body().contains("Consistent: size 1"), consistent.body());
    HttpResponse<String> rangeOk = verifyRange(cora, 1, signed);
    assertTrue(
        rangeOk.body().contains("VERIFIED:") && !rangeOk.body().contains("NOT VERIFIED"),
        rangeOk.body());

    long altered =
        (Long)
            BankDatabase.single(
                "select l.event_seq from audit_leaf l join audit_event e on e.seq = l.event_seq"
                    + " where e.event_type = 'AI_DECISION'"
                    + " and e.payload like '%\"outcome\":\"ANSWERED\"%'"
                    + " order by l.leaf_index limit 1");
    // An answered decision, so that the replacement changes it whatever ran before this test.
    tamper(altered, "\"outcome\":\"ANSWERED\"", "\"outcome\":\"REFUSED\"");
    try {
      HttpResponse<String> caught =
          cora.submit(base("console/compliance/audit.xhtml"), "verify", "verify:verify-log");
      assertTrue(caught.body().contains("NOT VERIFIED"), caught.body());
      assertTrue(caught.body().contains("does not match its leaf hash"), caught.body());
      HttpResponse<String> rangeCaught = verifyRange(cora, 0, signed);
      assertTrue(rangeCaught.body().contains("NOT VERIFIED"), rangeCaught.body());
      Verifier offline = verifier(export(cora, 0, signed, "bundle"));
      assertEquals(1, offline.exit(), offline.output());
      assertTrue(offline.output().contains("NOT VERIFIED"), offline.output());
    } finally {
      tamper(altered, "\"outcome\":\"REFUSED\"", "\"outcome\":\"ANSWERED\"");
    }
  }

  @Test
  void theApplicationsRoleCanOnlyAppendAndReadTheAuditLog() throws SQLException {
    assumeSeparateRoles();
    for (String change :
        List.of(
            "update audit_event set actor = 'x'",
            "delete from audit_leaf",
            "delete from audit_pending",
            "update audit_pending set event_seq = event_seq",
            "truncate audit_pending",
            "truncate audit_tree_head",
            "alter table audit_event disable trigger audit_event_no_update_or_delete",
            "drop trigger audit_event_no_update_or_delete on audit_event")) {
      try (Connection application = BankDatabase.connect();
          Statement sql = application.createStatement()) {
        SQLException refused = assertThrows(SQLException.class, () -> sql.execute(change), change);
        assertTrue(
            refused.getMessage().contains("permission denied")
                || refused.getMessage().contains("must be owner"),
            refused.getMessage());
      }
    }
    try (Connection owner = BankDatabase.connectAsOwner();
        Statement sql = owner.createStatement()) {
      SQLException refused =
          assertThrows(SQLException.class, () -> sql.execute("update audit_event set actor = 'x'"));
      assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }
  }

  /**
   * An event kept out of the tree is reported: as the application's role the queue cannot be
   * emptied (above), and its dequeue function removes only entries whose event has a leaf; an event
   * the owner role records without queueing it (what deleting its queue row does) fails the
   * verification until it is queued again.
   */
  @Test
  void anEventKeptOutOfTheTreeFailsVerification() throws Exception {
    assumeSeparateRoles();
    waitUntilEverythingIsSigned();
    long unleafed;
    try (Connection owner = BankDatabase.connectAsOwner();
        Statement sql = owner.createStatement();
        java.sql.ResultSet row =
            sql.executeQuery(
                "insert into audit_event (id, occurred_at, event_type, actor, payload) values"
                    + " (gen_random_uuid(), now(), 'AI_DECISION', 'assistant',"
                    + " '{\"suppressed\":true}') returning seq")) {
      row.next();
      unleafed = row.getLong(1);
    }
    try (Connection application = BankDatabase.connect();
        Statement sql = application.createStatement();
        java.sql.ResultSet removed =
            sql.executeQuery("select audit_dequeue(array[" + unleafed + "]::bigint[])")) {
      removed.next();
      assertEquals(0, removed.getInt(1), "nothing without a leaf leaves the queue");
    }
    KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
    try {
      HttpResponse<String> caught =
          cora.submit(base("console/compliance/audit.xhtml"), "verify", "verify:verify-log");
      assertTrue(caught.body().contains("NOT VERIFIED"), caught.body());
      assertTrue(caught.body().contains("have no leaf and are not queued for one"), caught.body());
      assertTrue(
          eventsWithoutLeafMetricTurnsPositive(),
          "the background check's metric reports the event within its next run (every minute)");
    } finally {
      BankDatabase.update("insert into audit_pending (event_seq) values (?)", unleafed);
    }
    waitUntilEverythingIsSigned();
    HttpResponse<String> repaired =
        cora.submit(base("console/compliance/audit.xhtml"), "verify", "verify:verify-log");
    assertTrue(!repaired.body().contains("NOT VERIFIED"), repaired.body());
  }

  /**
   * Polls the server's {@code /metrics} (the monitor's) until the completeness gauge is above 0 (≤
   * 75 s).
   */
  private boolean eventsWithoutLeafMetricTurnsPositive() throws InterruptedException {
    String metrics = java.net.URI.create(base.toString()).resolve("/metrics").toString();
    java.util.regex.Pattern gauge =
        java.util.regex.Pattern.compile(
            "(?m)^tellerline_audit_events_without_leaf\\{[^}]*} ([0-9.]+)$");
    long deadline = System.currentTimeMillis() + 75_000;
    String last = "";
    while (System.currentTimeMillis() < deadline) {
      last = Http.get(metrics, System.getenv("TELLERLINE_MONITOR_TOKEN"), "text/plain").body();
      java.util.regex.Matcher found = gauge.matcher(last);
      if (found.find() && Double.parseDouble(found.group(1)) > 0) {
        return true;
      }
      Thread.sleep(5_000);
    }
    System.err.println("last /metrics seen:\n" + last);
    return false;
  }

  private static void assumeSeparateRoles() {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        TestEnvironment.ownerUser().equals(TestEnvironment.databaseUser()),
        "the test database was given one role for both (TELLERLINE_TEST_DB_URL without"
            + " TELLERLINE_TEST_DB_MIGRATION_USER)");
  }

  @Test
  void onlyComplianceOfficersAndAdminsExport() {
    HttpResponse<String> teller =
        new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER))
            .browse(base("console/compliance/export?from=0&to=1"));
    assertEquals(403, teller.statusCode());
    KeycloakLogin adam = new KeycloakLogin(DemoUser.named("adam"));
    assertEquals(400, postExport(adam, exportForm(adam, 5, 2, "csv")).statusCode());
  }

  /**
   * An export is recorded in the audit log, so it is a state change: never on a GET (which another
   * page's link or image could trigger), never without the form's token (which another site cannot
   * read).
   */
  @Test
  void anExportChangesStateOnlyByAPostWithTheFormsToken() throws Exception {
    KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
    String exported =
        "select count(*) from audit_event where event_type = 'AUDIT_EXPORTED'"
            + " and actor = 'staff:cora'";
    String refused =
        "select count(*) from audit_event where event_type = 'ACCESS_DENIED'"
            + " and actor = 'staff:cora' and payload::jsonb ->> 'path' = '/console/compliance/export'";
    java.util.Map<String, String> form = exportForm(cora, 0, 1, "csv");
    long before = BankDatabase.count(exported);
    long refusedBefore = BankDatabase.count(refused);

    assertEquals(
        405, cora.browse(base("console/compliance/export?from=0&to=1&format=csv")).statusCode());
    java.util.Map<String, String> forged = new java.util.HashMap<>(form);
    forged.put("csrf", "forged-" + form.get("csrf"));
    assertEquals(403, postExport(cora, forged).statusCode());
    java.util.Map<String, String> tokenless = new java.util.HashMap<>(form);
    tokenless.remove("csrf");
    assertEquals(403, postExport(cora, tokenless).statusCode());
    assertEquals(before, BankDatabase.count(exported), "refused requests export nothing");
    assertEquals(
        refusedBefore + 2,
        BankDatabase.count(refused),
        "each refusal of the servlet itself is an audited denial of the verified caller");

    assertEquals(200, postExport(cora, form).statusCode());
    assertEquals(before + 1, BankDatabase.count(exported));
  }

  /** The direct-export form of the audit page, filled in, with its hidden token. */
  private java.util.Map<String, String> exportForm(
      KeycloakLogin staff, long from, long to, String format) {
    HttpResponse<String> page = staff.browse(base("console/compliance/audit.xhtml"));
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]{43})\"")
            .matcher(page.body());
    assertTrue(token.find(), page.body());
    return java.util.Map.of(
        "csrf", token.group(1),
        "from", String.valueOf(from),
        "to", String.valueOf(to),
        "format", format);
  }

  private HttpResponse<Path> postExport(KeycloakLogin staff, java.util.Map<String, String> form) {
    return staff.downloadPosting(
        base("console/compliance/export"),
        form,
        dir.resolve("export-" + System.nanoTime() + "." + form.get("format")));
  }

  private void chat(String... messages) {
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String id =
        Json.parse(Http.post(api("conversations"), token, "application/json", "").body())
            .getString("id");
    for (String message : messages) {
      assertEquals(
          200,
          Http.postJson(
                  api("conversations/" + id + "/messages"),
                  token,
                  Json.object("text", message).toString())
              .statusCode());
    }
  }

  /** The sequencer runs every second and signs every second here (see the pom). */
  private static long waitUntilEverythingIsSigned() throws Exception {
    return AuditLogProgress.waitUntilEverythingIsSigned().signed();
  }

  private Path export(KeycloakLogin staff, long from, long to, String format) {
    HttpResponse<Path> response = postExport(staff, exportForm(staff, from, to, format));
    assertEquals(200, response.statusCode());
    return response.body();
  }

  /** Presses "Verify this range" in the compliance console. */
  private HttpResponse<String> verifyRange(KeycloakLogin staff, long from, long to) {
    return staff.submitWith(
        base("console/compliance/audit.xhtml"),
        "verify-range",
        "verify-range:verify",
        java.util.Map.of(
            "verify-range:range-from", String.valueOf(from),
            "verify-range:range-to", String.valueOf(to)));
  }

  /** Starts a background export in the console, follows its progress, downloads the bundle. */
  private Path backgroundExport(KeycloakLogin staff, long signed) throws InterruptedException {
    HttpResponse<String> started =
        staff.submitWith(
            base("console/compliance/audit.xhtml"),
            "export-job",
            "export-job:start-export",
            java.util.Map.of(
                "export-job:export-from", "0", "export-job:export-to", String.valueOf(signed)));
    java.util.regex.Matcher job =
        java.util.regex.Pattern.compile("job=([0-9a-f-]{36})").matcher(started.body());
    assertTrue(job.find(), started.body());
    for (int i = 0; i < 60; i++) {
      HttpResponse<String> progress =
          staff.browse(base("console/compliance/audit.xhtml?job=" + job.group(1)));
      if (progress.body().contains("id=\"export-state\">DONE<")) {
        assertTrue(progress.body().contains(signed + "</span>"), progress.body());
        Path target = dir.resolve("background.zip");
        assertEquals(
            200,
            staff
                .download(base("console/compliance/export-download?job=" + job.group(1)), target)
                .statusCode());
        assertEquals(
            404,
            new KeycloakLogin(DemoUser.named("adam"))
                .browse(base("console/compliance/export-download?job=" + job.group(1)))
                .statusCode(),
            "only the staff member who started an export can download it");
        return target;
      }
      assertTrue(!progress.body().contains(">FAILED<"), progress.body());
      Thread.sleep(500);
    }
    throw new IllegalStateException("the background export did not finish in 30 s");
  }

  private record Verifier(int exit, String output) {}

  /** Runs the real stand-alone verifier jar with the log's public key, as a regulator would. */
  private static Verifier verifier(Path bundle)
      throws IOException, InterruptedException, SQLException {
    byte[] key = (byte[]) BankDatabase.single("select public_key from audit_signing_key limit 1");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                TestEnvironment.file("tellerline.audit.verifier").toString(),
                "verify",
                bundle.toString(),
                "--public-key",
                Base64.getEncoder().encodeToString(key))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Verifier(process.waitFor(), output);
  }

  /** What the tables' owner (a database administrator) could do behind the application. */
  private static void tamper(long eventSeq, String from, String to) throws SQLException {
    try (Connection owner = BankDatabase.connectAsOwner();
        Statement sql = owner.createStatement()) {
      sql.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
      try (PreparedStatement update =
          owner.prepareStatement(
              "update audit_event set payload = replace(payload, ?, ?) where seq = ?")) {
        update.setString(1, from);
        update.setString(2, to);
        update.setLong(3, eventSeq);
        update.executeUpdate();
      } finally {
        sql.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
      }
    }
  }
}
