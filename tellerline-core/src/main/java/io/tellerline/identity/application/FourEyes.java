package io.tellerline.identity.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.identity.domain.Approval;
import io.tellerline.identity.domain.ApprovalKind;
import io.tellerline.identity.domain.Approvals;
import io.tellerline.kernel.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one four-eyes mechanism (maker and checker): a request by one verified member of staff, a
 * decision by another. Who asks and who decides come from the container's verified caller, never
 * from a parameter. The capability whose action it is (publication, erasure, a model's release)
 * checks its own roles, calls {@link #approve} and then acts, auditing both names.
 */
@Stateless
@RolesAllowed({
  Role.TELLER,
  Role.SUPERVISOR,
  Role.COMPLIANCE_OFFICER,
  Role.ADMIN,
  Role.MODEL_APPROVER
})
public class FourEyes {

  @Inject Approvals approvals;
  @Inject Audit audit;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** Asks for a second person's approval; audited. The reason must hold no personal data. */
  public Approval request(ApprovalKind kind, String subject, String reason) {
    Approval approval = Approval.request(kind, subject, reason, caller(), clock.instant());
    approvals.add(approval);
    audit
        .staffAction(AuditEventType.APPROVAL_REQUESTED)
        .with("approval", approval.id().toString())
        .with("kind", kind.name())
        .with("subject", subject)
        .with("reason", reason == null ? "" : reason)
        .with("expiresAt", approval.expiresAt().toString())
        .record();
    return approval;
  }

  /**
   * The caller approves a pending request; the caller then performs the action.
   *
   * @throws ApprovalNotFoundException if there is no such request of this kind
   * @throws SamePersonApprovalException if the caller asked for it herself (audited)
   * @throws ApprovalNotPendingException if it was decided already or expired
   */
  public Approval approve(ApprovalKind kind, UUID id) {
    Instant now = clock.instant();
    Approval approval = decidable(kind, id, now);
    approval.approve(caller(), now);
    return approval;
  }

  /** The caller rejects a pending request (audited, naming both people); same checks as approve. */
  public Approval reject(ApprovalKind kind, UUID id) {
    Instant now = clock.instant();
    Approval approval = decidable(kind, id, now);
    approval.reject(caller(), now);
    audit
        .staffAction(AuditEventType.APPROVAL_REJECTED)
        .with("approval", approval.id().toString())
        .with("kind", kind.name())
        .with("subject", approval.subject())
        .with("requestedBy", approval.requestedBy())
        .with("rejectedBy", caller())
        .record();
    return approval;
  }

  /**
   * Work that is its own request, approved by the caller at once: a draft's publication. Its maker
   * and its last editor may not be the caller.
   *
   * @throws SamePersonApprovalException if the caller is either (audited)
   */
  public Approval countersign(ApprovalKind kind, String subject, String maker, String lastEditor) {
    Instant now = clock.instant();
    Approval approval = Approval.ofWork(kind, subject, maker, lastEditor, now);
    decide(approval, now);
    approval.approve(caller(), now);
    approvals.add(approval);
    return approval;
  }

  /** Requests of a kind still waiting for a second person, oldest first. */
  public List<Approval> pending(ApprovalKind kind) {
    return approvals.pending(kind, clock.instant());
  }

  private Approval decidable(ApprovalKind kind, UUID id, Instant now) {
    Approval approval =
        approvals
            .find(id)
            .filter(a -> a.kind() == kind)
            .orElseThrow(ApprovalNotFoundException::new);
    decide(approval, now);
    return approval;
  }

  /** Checks at one instant, the one the decision is recorded at (a work's request expires then). */
  private void decide(Approval approval, Instant now) {
    if (!approval.mayBeDecidedBy(caller())) {
      audit
          .staffAction(AuditEventType.ACCESS_DENIED)
          .with("resource", "APPROVAL")
          .with("approval", approval.id().toString())
          .with("kind", approval.kind().name())
          .with("subject", approval.subject())
          .with("requestedBy", approval.requestedBy())
          .with("decision", "SAME_PERSON")
          .record();
      throw new SamePersonApprovalException();
    }
    if (!approval.pending(now)) {
      throw new ApprovalNotPendingException();
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
