package io.tellerline.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The four-eyes rule of a request: never decided by who asked (or who is barred), once, in time.
 */
class ApprovalTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

  @Test
  void anotherPersonApprovesAndBothAreKept() {
    Approval erasure =
        Approval.request(ApprovalKind.CUSTOMER_ERASURE, "customer-1", "GDPR-42", "cora", NOW);

    erasure.approve("dora", NOW.plusSeconds(60));

    assertEquals(ApprovalState.APPROVED, erasure.state());
    assertEquals("cora", erasure.requestedBy());
    assertEquals(Optional.of("dora"), erasure.decidedBy());
    assertEquals(NOW.plus(Duration.ofDays(7)), erasure.expiresAt());
  }

  @Test
  void theSamePersonCannotApproveNorRejectHerOwnRequest() {
    Approval erasure =
        Approval.request(ApprovalKind.CUSTOMER_ERASURE, "customer-1", "GDPR-42", "cora", NOW);

    assertFalse(erasure.mayBeDecidedBy("cora"));
    assertThrows(IllegalStateException.class, () -> erasure.approve("cora", NOW));
    assertThrows(IllegalStateException.class, () -> erasure.reject("cora", NOW));
    assertEquals(ApprovalState.PENDING, erasure.state());
    assertTrue(erasure.mayBeDecidedBy("dora"));
  }

  @Test
  void theLastEditorOfWorkCannotApproveIt() {
    Approval publication =
        Approval.ofWork(ApprovalKind.ARTICLE_PUBLICATION, "fees/en/v2", "tessa", "sam", NOW);

    assertFalse(publication.mayBeDecidedBy("tessa"));
    assertFalse(publication.mayBeDecidedBy("sam"));
    assertThrows(IllegalStateException.class, () -> publication.approve("sam", NOW));
    publication.approve("sara", NOW);
    assertEquals(Optional.of("sara"), publication.decidedBy());
  }

  @Test
  void aRequestIsDecidedOnceAndNotAfterItExpired() {
    Approval decided =
        Approval.request(ApprovalKind.CUSTOMER_ERASURE, "customer-1", "GDPR-42", "cora", NOW);
    decided.reject("dora", NOW);
    assertThrows(IllegalStateException.class, () -> decided.approve("adam", NOW));
    assertEquals(ApprovalState.REJECTED, decided.state());

    Approval late =
        Approval.request(ApprovalKind.CUSTOMER_ERASURE, "customer-2", "GDPR-43", "cora", NOW);
    Instant expired = NOW.plus(Duration.ofDays(7)).plusSeconds(1);
    assertFalse(late.pending(expired));
    assertThrows(IllegalStateException.class, () -> late.approve("dora", expired));
    assertEquals(ApprovalState.PENDING, late.state());
  }
}
