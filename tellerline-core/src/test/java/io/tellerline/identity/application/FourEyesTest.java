package io.tellerline.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.application.RecordingAudit;
import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.identity.domain.Approval;
import io.tellerline.identity.domain.ApprovalKind;
import io.tellerline.identity.domain.ApprovalState;
import io.tellerline.identity.domain.Approvals;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Fake;
import io.tellerline.kernel.VerifiedCallerPrincipal;
import jakarta.ejb.SessionContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Maker and checker: the second person is someone else, and the audit log names both. */
class FourEyesTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
  private final List<AuditEvent> events = new ArrayList<>();
  private final Map<UUID, Approval> stored = new LinkedHashMap<>();

  @Test
  void theSamePersonCannotApproveHerOwnRequestAnotherCan() {
    Approval request =
        as("cora").request(ApprovalKind.CUSTOMER_ERASURE, "customer-1", "GDPR-2026-0042");
    assertEquals("APPROVAL_REQUESTED", events.get(0).type());
    assertEquals("staff:cora", events.get(0).actor());

    assertThrows(
        SamePersonApprovalException.class,
        () -> as("cora").approve(ApprovalKind.CUSTOMER_ERASURE, request.id()));
    assertEquals(ApprovalState.PENDING, stored.get(request.id()).state());
    AuditEvent refused = events.get(1);
    assertEquals("ACCESS_DENIED", refused.type());
    assertTrue(refused.payload().contains("\"decision\":\"SAME_PERSON\""), refused.payload());

    Approval approved = as("adam").approve(ApprovalKind.CUSTOMER_ERASURE, request.id());
    assertEquals(ApprovalState.APPROVED, approved.state());
    assertEquals("cora", approved.requestedBy());
    assertEquals(Optional.of("adam"), approved.decidedBy());
    assertThrows(
        ApprovalNotPendingException.class,
        () -> as("dora").approve(ApprovalKind.CUSTOMER_ERASURE, request.id()),
        "decided once");
  }

  @Test
  void aRequestOfAnotherKindIsNotFoundAndARejectionNamesBoth() {
    Approval request =
        as("cora").request(ApprovalKind.CUSTOMER_ERASURE, "customer-1", "GDPR-2026-0042");

    assertThrows(
        ApprovalNotFoundException.class,
        () -> as("adam").approve(ApprovalKind.ARTICLE_PUBLICATION, request.id()));
    as("adam").reject(ApprovalKind.CUSTOMER_ERASURE, request.id());

    AuditEvent rejected = events.get(events.size() - 1);
    assertEquals("APPROVAL_REJECTED", rejected.type());
    assertTrue(rejected.payload().contains("\"requestedBy\":\"cora\""), rejected.payload());
    assertTrue(rejected.payload().contains("\"rejectedBy\":\"adam\""), rejected.payload());
    assertEquals(List.of(), as("dora").pending(ApprovalKind.CUSTOMER_ERASURE));
  }

  @Test
  void aDraftIsPublishedOnlyBySomeoneOtherThanItsLastEditor() {
    assertThrows(
        SamePersonApprovalException.class,
        () -> as("sam").countersign(ApprovalKind.ARTICLE_PUBLICATION, "fees/en/v2", "sam", "sam"));
    assertTrue(stored.isEmpty(), "a refused publication leaves no approval");

    Approval published =
        as("sara").countersign(ApprovalKind.ARTICLE_PUBLICATION, "fees/en/v2", "sam", "sam");
    assertEquals(ApprovalState.APPROVED, published.state());
    assertEquals("sam", published.requestedBy());
    assertEquals(Optional.of("sara"), published.decidedBy());
    assertEquals(published, stored.get(published.id()));
  }

  /** Time passes (a millisecond) between any two readings, as on a server. */
  private static final class Ticking extends Clock {
    private Instant now = NOW;

    @Override
    public Instant instant() {
      now = now.plusMillis(1);
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private FourEyes as(String name) {
    Caller caller =
        new Caller("sub-" + name, name, Set.of("staff"), "mfa", List.of("otp"), Optional.of(NOW));
    Clock clock = new Ticking();
    FourEyes fourEyes = new FourEyes();
    fourEyes.audit = RecordingAudit.into(events, clock, caller);
    fourEyes.clock = clock;
    VerifiedCallerPrincipal principal = new VerifiedCallerPrincipal(caller);
    fourEyes.session = Fake.of(SessionContext.class, Map.of("getCallerPrincipal", a -> principal));
    fourEyes.approvals =
        new Approvals() {
          @Override
          public void add(Approval approval) {
            stored.put(approval.id(), approval);
          }

          @Override
          public Optional<Approval> find(UUID id) {
            return Optional.ofNullable(stored.get(id));
          }

          @Override
          public List<Approval> pending(ApprovalKind kind, Instant now) {
            return stored.values().stream()
                .filter(a -> a.kind() == kind && a.pending(now))
                .toList();
          }
        };
    return fourEyes;
  }
}
