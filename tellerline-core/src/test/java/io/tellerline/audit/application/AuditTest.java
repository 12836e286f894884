package io.tellerline.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.kernel.Caller;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);
  private static final Caller TESSA =
      new Caller("sub-tessa", "tessa", Set.of("staff"), "mfa", List.of(), Optional.empty());

  private final List<AuditEvent> events = new ArrayList<>();

  @Test
  void aStaffActionIsRecordedUnderTheContainersVerifiedCaller() {
    RecordingAudit.into(events, CLOCK, TESSA)
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .with("action", "VIEW_CUSTOMER")
        .with("shown", 3)
        .record();

    AuditEvent event = events.get(0);
    assertEquals("staff:tessa", event.actor());
    assertEquals("CONSOLE_ACTION", event.type());
    assertEquals(CLOCK.instant(), event.occurredAt());
    assertEquals(Optional.empty(), event.conversationId());
    JsonObject payload = parse(event);
    assertEquals("VIEW_CUSTOMER", payload.getString("action"));
    assertEquals(3, payload.getInt("shown"));
  }

  @Test
  void aCustomersOwnActionIsRecordedUnderTheirPseudonymousSubjectNotTheirUserName() {
    RecordingAudit.into(events, CLOCK, TESSA)
        .customerAction(AuditEventType.STATEMENT_DOWNLOADED)
        .record();

    assertEquals("customer:sub-tessa", events.get(0).actor());
  }

  @Test
  void aPersonsActionWithoutAVerifiedCallerIsRefusedAndNothingIsWritten() {
    Audit anonymous = RecordingAudit.into(events, CLOCK, null);

    assertThrows(
        IllegalStateException.class, () -> anonymous.staffAction(AuditEventType.CONSOLE_ACTION));
    assertThrows(
        IllegalStateException.class,
        () -> anonymous.customerAction(AuditEventType.STATEMENT_DOWNLOADED));
    assertTrue(events.isEmpty());
  }

  @Test
  void assistantAndSystemAreFixedActorsWhoeverIsSignedIn() {
    Audit audit = RecordingAudit.into(events, CLOCK, TESSA);
    UUID conversation = UUID.randomUUID();

    audit.assistantDecision(AuditEventType.AI_DECISION).inConversation(conversation).record();
    audit.systemEvent(AuditEventType.SYSTEM_STARTED).record();

    assertEquals("assistant", events.get(0).actor());
    assertEquals(Optional.of(conversation), events.get(0).conversationId());
    assertEquals("system", events.get(1).actor());
  }

  @Test
  void valuesThatWouldBreakHandBuiltJsonAreEscapedByTheJsonApi() {
    String hostile = "x\",\"verdict\":\"ALLOWED";

    RecordingAudit.into(events, CLOCK, TESSA)
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .with("reason", hostile)
        .record();

    JsonObject payload = parse(events.get(0));
    assertEquals(hostile, payload.getString("reason"));
    assertEquals(1, payload.size(), "no field was injected");
  }

  @Test
  void sharedFieldGroupsAreMergedIntoThePayload() {
    RecordingAudit.into(events, CLOCK, TESSA)
        .staffAction(AuditEventType.IDENTITY_OPERATION)
        .withAll(Json.createObjectBuilder().add("acr", "mfa").add("staffRoles", "staff"))
        .with("operation", "DISABLE_LOGIN")
        .record();

    JsonObject payload = parse(events.get(0));
    assertEquals("mfa", payload.getString("acr"));
    assertEquals("DISABLE_LOGIN", payload.getString("operation"));
  }

  private static JsonObject parse(AuditEvent event) {
    return Json.createReader(new StringReader(event.payload())).readObject();
  }

  @Test
  void anEventInARequestRecordsItsTokenizedSourceButASystemEventDoesNot() {
    RequestSource source =
        new RequestSource("[IP:0123456789abcdef]", "Mozilla/5.0\r\nX-Injected: yes");
    Audit audit = RecordingAudit.into(events, CLOCK, TESSA, source);

    audit.staffAction(AuditEventType.CONSOLE_ACTION).record();
    audit.customerAction(AuditEventType.STATEMENT_DOWNLOADED).record();
    audit.assistantDecision(AuditEventType.AI_DECISION).record();
    audit.systemEvent(AuditEventType.SYSTEM_STARTED).record();

    for (AuditEvent event : events.subList(0, 3)) {
      JsonObject recorded = parse(event).getJsonObject("source");
      assertEquals("[IP:0123456789abcdef]", recorded.getString("address"));
      assertEquals("Mozilla/5.0  X-Injected: yes", recorded.getString("userAgent"));
    }
    assertFalse(parse(events.get(3)).containsKey("source"));
  }

  @Test
  void anOverlongUserAgentIsCut() {
    RequestSource source = new RequestSource("[IP:0123456789abcdef]", "a".repeat(10_000));

    assertEquals(RequestSource.USER_AGENT_LIMIT, source.userAgent().length());
    assertEquals("", new RequestSource("[IP:0]", null).userAgent());
  }
}
