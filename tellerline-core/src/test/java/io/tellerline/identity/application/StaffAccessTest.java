package io.tellerline.identity.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.application.RecordingAudit;
import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.identity.domain.AccessGrant;
import io.tellerline.identity.domain.AccessGrants;
import io.tellerline.identity.domain.StaffRelation;
import io.tellerline.identity.domain.StaffRelations;
import io.tellerline.identity.domain.StaffResource;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Fake;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.kernel.StaffTextRedaction;
import io.tellerline.kernel.VerifiedCallerPrincipal;
import jakarta.ejb.SessionContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The need-to-know check as services use it: refusals audited, reasons recorded and honoured. */
class StaffAccessTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
  private final UUID queued = UUID.randomUUID();
  private final UUID hers = UUID.randomUUID();
  private final UUID someoneElses = UUID.randomUUID();
  private final CustomerId servedCustomer = new CustomerId(UUID.randomUUID());
  private final CustomerId otherCustomer = new CustomerId(UUID.randomUUID());
  private final List<AuditEvent> events = new ArrayList<>();
  private final List<String> granted = new ArrayList<>();
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void aTellerServesTheQueueAndHerOwnButNotSomeoneElsesConversation() {
    StaffAccess tessa = access("tessa", Role.TELLER);

    assertDoesNotThrow(() -> tessa.toConversation(StaffResource.CONVERSATION_SERVE, queued));
    assertDoesNotThrow(() -> tessa.toConversation(StaffResource.CONVERSATION_SERVE, hers));
    assertTrue(events.isEmpty(), "allowed access needs no extra record");

    assertThrows(
        StaffAccessDeniedException.class,
        () -> tessa.toConversation(StaffResource.CONVERSATION_SERVE, someoneElses));
    assertEquals(1, events.size());
    AuditEvent denied = events.get(0);
    assertEquals("ACCESS_DENIED", denied.type());
    assertEquals("staff:tessa", denied.actor());
    assertEquals(Optional.of(someoneElses), denied.conversationId());
    assertTrue(denied.payload().contains("\"resource\":\"CONVERSATION_SERVE\""), denied.payload());
    assertTrue(denied.payload().contains("\"relation\":\"NONE\""), denied.payload());
  }

  @Test
  void aWrittenReasonOpensSomeoneElsesConversationToReadOnlyAndForAWhile() {
    StaffAccess tessa = access("tessa", Role.TELLER);

    assertThrows(
        StaffAccessReasonRequiredException.class,
        () -> tessa.toConversation(StaffResource.CONVERSATION_VIEW, someoneElses));
    assertThrows(
        InvalidInputException.class,
        () ->
            tessa.giveReasonForConversation(
                StaffResource.CONVERSATION_VIEW, someoneElses, "too short"));
    tessa.giveReasonForConversation(
        StaffResource.CONVERSATION_VIEW, someoneElses, "Complaint CASE-2026-117 follow-up");

    assertDoesNotThrow(() -> tessa.toConversation(StaffResource.CONVERSATION_VIEW, someoneElses));
    assertEquals(List.of("tessa CONVERSATION_VIEW conversation:" + someoneElses), granted);
    AuditEvent reason = events.get(events.size() - 1);
    assertEquals("ACCESS_WITH_REASON", reason.type());
    assertTrue(reason.payload().contains("CASE-2026-117"), reason.payload());
    assertThrows(
        StaffAccessDeniedException.class,
        () -> tessa.toConversation(StaffResource.CONVERSATION_SERVE, someoneElses),
        "a reason opens it to read, not to serve");

    clock = Clock.fixed(NOW.plus(AccessGrant.LASTS).plusSeconds(1), ZoneOffset.UTC);
    assertThrows(
        StaffAccessReasonRequiredException.class,
        () ->
            access("tessa", Role.TELLER)
                .toConversation(StaffResource.CONVERSATION_VIEW, someoneElses),
        "the reason expires");
  }

  @Test
  void aTellerSeesACustomerOnlyWhileServingHimAndRevealsOnlyInHerOwnConversation() {
    StaffAccess tessa = access("tessa", Role.TELLER);

    assertDoesNotThrow(() -> tessa.toCustomer(StaffResource.CUSTOMER_VIEW, servedCustomer));
    assertThrows(
        StaffAccessReasonRequiredException.class,
        () -> tessa.toCustomer(StaffResource.CUSTOMER_VIEW, otherCustomer));
    assertDoesNotThrow(() -> tessa.toConversation(StaffResource.PII_REVEAL, hers));
    assertThrows(
        StaffAccessDeniedException.class,
        () ->
            tessa.giveReasonForConversation(
                StaffResource.PII_REVEAL, queued, "Customer asked on the phone CASE-9"),
        "no reason opens a reveal outside her own conversation");
    assertThrows(
        StaffAccessReasonRequiredException.class, () -> tessa.toAll(StaffResource.SEARCH_BY_VALUE));
  }

  @Test
  void aSupervisorSeesEverythingWithoutAReason() {
    StaffAccess sam = access("sam", Role.SUPERVISOR);

    assertDoesNotThrow(() -> sam.toConversation(StaffResource.PII_REVEAL, someoneElses));
    assertDoesNotThrow(() -> sam.toCustomer(StaffResource.CUSTOMER_VIEW, otherCustomer));
    assertDoesNotThrow(() -> sam.toAll(StaffResource.SEARCH_BY_VALUE));
    assertTrue(sam.allowed(StaffResource.ALL_CONVERSATIONS, StaffRelation.NONE));
    assertTrue(events.isEmpty());
  }

  private StaffAccess access(String name, String role) {
    Caller caller =
        new Caller("sub-" + name, name, Set.of(role), "mfa", List.of("otp"), Optional.of(NOW));
    StaffAccess access = new StaffAccess();
    access.audit = RecordingAudit.into(events, clock, caller);
    access.clock = clock;
    VerifiedCallerPrincipal principal = new VerifiedCallerPrincipal(caller);
    access.session =
        Fake.of(
            SessionContext.class,
            Map.of(
                "isCallerInRole", a -> role.equals(a[0]),
                "getCallerPrincipal", a -> principal));
    access.relations = new Relations();
    access.grants = new Grants();
    access.redaction = new Redaction();
    return access;
  }

  /** Tokenizes an IBAN, and the customer's own name where the customer is known. */
  private static final class Redaction implements StaffTextRedaction {
    @Override
    public String redactAbout(CustomerId customer, String text) {
      return redact(text).replace("Bastian Becker", "[NAME:b]");
    }

    @Override
    public String redact(String text) {
      return text.replace("DE44500105175407324931", "[IBAN]");
    }
  }

  @Test
  void aReasonKeepsNoPersonalDataInTheGrantOrTheAuditTrail() {
    StaffAccess tessa = access("tessa", Role.TELLER);

    tessa.giveReasonForCustomer(
        StaffResource.CUSTOMER_VIEW,
        otherCustomer,
        "Bastian Becker called about DE44500105175407324931, CASE-7");

    AuditEvent reason = events.get(events.size() - 1);
    assertEquals("ACCESS_WITH_REASON", reason.type());
    assertTrue(reason.payload().contains("[NAME:b] called about [IBAN], CASE-7"), reason.payload());
    assertFalse(reason.payload().contains("Becker"), reason.payload());
  }

  private final class Relations implements StaffRelations {
    @Override
    public StaffRelation toConversation(UUID conversation, String staff) {
      if (conversation.equals(queued)) {
        return StaffRelation.IN_QUEUE;
      }
      return conversation.equals(hers) && staff.equals("tessa")
          ? StaffRelation.ASSIGNED
          : StaffRelation.NONE;
    }

    @Override
    public StaffRelation toCustomer(CustomerId customer, String staff) {
      return customer.equals(servedCustomer) && staff.equals("tessa")
          ? StaffRelation.ASSIGNED
          : StaffRelation.NONE;
    }
  }

  /** Grants kept as "staff resource target", valid for {@link AccessGrant#LASTS} from NOW. */
  private final class Grants implements AccessGrants {
    @Override
    public void add(AccessGrant grant) {
      assertEquals(NOW.plus(AccessGrant.LASTS), grant.expiresAt());
      granted.add(grant.toString());
    }

    @Override
    public boolean active(String staff, StaffResource resource, String target, Instant now) {
      return granted.contains(staff + " " + resource + " " + target)
          && now.isBefore(NOW.plus(AccessGrant.LASTS));
    }
  }
}
