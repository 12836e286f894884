package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * PCI DSS 10.2 on the real server: refusals of signed-in people, reads of the audit log and
 * training-data exports are events, and events caused by a request say where it came from — the
 * address as a token, never in clear.
 */
class AuditCompletenessIT extends OnPayaraMicro {

  @Test
  void aStaffTokenRefusedByTheCustomerApiIsAnAuditedDenialWithItsSource() throws SQLException {
    long before = denials("staff:tessa", "%/api/statements");

    HttpResponse<String> refused =
        Http.get(api("statements"), Keycloak.accessToken(DemoUser.named("tessa")));

    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals(before + 1, denials("staff:tessa", "%/api/statements"));
    JsonObject denial = latest("ACCESS_DENIED", "staff:tessa");
    assertEquals("role_not_allowed", denial.getString("reason"));
    assertTokenizedSource(denial);
  }

  @Test
  void aTellerRefusedAComplianceConsolePageIsAnAuditedDenial() throws SQLException {
    long before = denials("staff:tessa", "%/console/compliance/policy.xhtml");

    HttpResponse<String> refused =
        new KeycloakLogin(DemoUser.named("tessa")).browse(base("console/compliance/policy.xhtml"));

    assertEquals(403, refused.statusCode());
    assertEquals(before + 1, denials("staff:tessa", "%/console/compliance/policy.xhtml"));
  }

  @Test
  void readingTheAuditLogInTheConsoleIsItselfAnEvent() throws SQLException {
    long before = events("AUDIT_READ", "staff:cora");

    HttpResponse<String> page =
        new KeycloakLogin(DemoUser.named("cora")).browse(base("console/compliance/audit.xhtml"));

    assertEquals(200, page.statusCode());
    assertTrue(events("AUDIT_READ", "staff:cora") > before, "the status read was recorded");
    JsonObject read = latest("AUDIT_READ", "staff:cora");
    assertEquals("status", read.getString("read"));
    assertTokenizedSource(read);
  }

  @Test
  void aTrainingDataExportIsAnEventWithItsRowCount() throws SQLException {
    long before = events("TRAINING_DATA_EXPORTED", "staff:sam");

    HttpResponse<String> csv =
        new KeycloakLogin(DemoUser.named("sam"))
            .postTokenForm(
                base("console/"),
                "training-export",
                base("console/training/intent-corrections.csv"));

    assertEquals(200, csv.statusCode());
    assertEquals(before + 1, events("TRAINING_DATA_EXPORTED", "staff:sam"));
    long rows = csv.body().lines().count() - 1;
    assertEquals(rows, latest("TRAINING_DATA_EXPORTED", "staff:sam").getInt("rows"));
  }

  @Test
  void theAssistantsDecisionOnACustomersMessageRecordsTheRequestsSource() throws SQLException {
    firstAnswer(DemoUser.named(DemoUser.ALICE), "What is my balance?");

    assertTokenizedSource(latest("AI_DECISION", "assistant"));
  }

  private static void assertTokenizedSource(JsonObject payload) {
    JsonObject source = payload.getJsonObject("source");
    String address = source.getString("address");
    assertTrue(address.matches("\\[IP:[0-9a-f]{16}]"), address);
    assertFalse(payload.toString().contains("127.0.0.1"), payload.toString());
    assertTrue(source.getString("userAgent").startsWith("Java-http-client"), source.toString());
  }

  private static long denials(String actor, String pathPattern) throws SQLException {
    return BankDatabase.count(
        "select count(*) from audit_event where event_type = 'ACCESS_DENIED' and actor = ?"
            + " and payload::jsonb ->> 'path' like ?",
        actor,
        pathPattern);
  }

  private static long events(String type, String actor) throws SQLException {
    return BankDatabase.count(
        "select count(*) from audit_event where event_type = ? and actor = ?", type, actor);
  }

  private static JsonObject latest(String type, String actor) throws SQLException {
    return Json.parse(
        (String)
            BankDatabase.single(
                "select payload from audit_event where event_type = ? and actor = ?"
                    + " order by occurred_at desc limit 1",
                type,
                actor));
  }
}
