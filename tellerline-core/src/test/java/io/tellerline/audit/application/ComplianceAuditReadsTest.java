package io.tellerline.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Fake;
import io.tellerline.kernel.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every read of the audit log is itself an event, and what it was searched by is no PII. */
class ComplianceAuditReadsTest {

  private static final Caller OFFICER =
      new Caller(
          "sub-cora", "cora", Set.of("compliance-officer"), "mfa", List.of(), Optional.empty());
  private static final String CUSTOMER = "6f1c2a3e-8d4b-4c7a-9e21-0a5b3c4d5e6f";

  private final List<AuditEvent> events = new ArrayList<>();
  private final ComplianceAuditService service = service();

  @Test
  void aSearchIsRecordedWithItsCriteriaAndHowManyEventsItFound() {
    service.search(
        new AuditSearch(
            Optional.of(Instant.parse("2026-12-01T00:00:00Z")),
            Optional.empty(),
            Optional.of("AI_DECISION"),
            Optional.of(CUSTOMER),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));

    JsonObject read = onlyEvent("AUDIT_READ");
    assertEquals("search", read.getString("read"));
    assertEquals(0, read.getInt("found"));
    JsonObject criteria = read.getJsonObject("criteria");
    assertEquals(CUSTOMER, criteria.getString("customer"));
    assertEquals("AI_DECISION", criteria.getString("eventType"));
    assertEquals("2026-12-01T00:00:00Z", criteria.getString("from"));
  }

  @Test
  void statusProofAndConsistencyReadsAreRecorded() {
    service.status();
    service.proof(7);
    service.consistency(10, 20);

    assertEquals(3, events.size());
    assertEquals("status", payload(events.get(0)).getString("read"));
    assertEquals(7, payload(events.get(1)).getInt("leaf"));
    assertEquals(20, payload(events.get(2)).getInt("second"));
    events.forEach(event -> assertEquals("staff:cora", event.actor()));
  }

  @Test
  void aVerificationIsRecordedWithItsVerdict() {
    service.verify();

    JsonObject verified = onlyEvent("AUDIT_VERIFIED");
    assertFalse(verified.getBoolean("verified"));
    assertEquals(1, verified.getInt("problems"));
    assertEquals(1200, verified.getInt("treeSize"));
  }

  @Test
  void aSearchByANameOrAnAccountNumberIsRefusedBeforeAnythingIsReadOrRecorded() {
    assertThrows(InvalidInputException.class, () -> service.search(byCustomer("Mia Schmidt")));
    assertThrows(
        InvalidInputException.class, () -> service.search(byCustomer("DE89370400440532013000")));
    assertThrows(
        InvalidInputException.class,
        () ->
            service.search(
                new AuditSearch(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("transfer to Mia Schmidt"),
                    Optional.empty(),
                    Optional.empty())));
    assertTrue(events.isEmpty());
  }

  private static AuditSearch byCustomer(String customer) {
    return new AuditSearch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(customer),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private JsonObject onlyEvent(String type) {
    assertEquals(1, events.size());
    assertEquals(type, events.get(0).type());
    return payload(events.get(0));
  }

  private static JsonObject payload(AuditEvent event) {
    try (var reader = Json.createReader(new StringReader(event.payload()))) {
      return reader.readObject();
    }
  }

  private ComplianceAuditService service() {
    ComplianceAuditService service = new ComplianceAuditService();
    service.log =
        Fake.of(
            AuditLog.class,
            Map.of(
                "status", a -> new AuditLog.Status(1200, 1000, 0),
                "search", a -> List.of(),
                "proof", a -> Optional.empty(),
                "consistency", a -> null,
                "verify",
                    a -> new LogVerification(false, 1200, 1200, 3, 5, List.of("leaf 7 differs"))));
    service.audit = RecordingAudit.into(events, Clock.systemUTC(), OFFICER);
    return service;
  }
}
