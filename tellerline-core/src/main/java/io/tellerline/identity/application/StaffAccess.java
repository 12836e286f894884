package io.tellerline.identity.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.application.AuditEventBuilder;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.identity.domain.AccessDecision;
import io.tellerline.identity.domain.AccessGrant;
import io.tellerline.identity.domain.AccessGrants;
import io.tellerline.identity.domain.AccessReason;
import io.tellerline.identity.domain.StaffAccessPolicy;
import io.tellerline.identity.domain.StaffRelation;
import io.tellerline.identity.domain.StaffRelations;
import io.tellerline.identity.domain.StaffResource;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Role;
import io.tellerline.kernel.StaffTextRedaction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The one need-to-know check of the console's services: asks {@link StaffAccessPolicy} about the
 * signed-in member of staff, her roles and her relation to the conversation or customer, and lets
 * the call go on or refuses it (audited). Where the policy allows with a reason, {@link
 * #giveReason} records hers (audited) and opens that one thing to her for {@link
 * AccessGrant#LASTS}.
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
@DeclareRoles({Role.TELLER, Role.SUPERVISOR, Role.COMPLIANCE_OFFICER, Role.ADMIN})
public class StaffAccess {

  private static final List<String> STAFF_ROLES =
      List.of(Role.TELLER, Role.SUPERVISOR, Role.COMPLIANCE_OFFICER, Role.ADMIN);

  @Inject StaffRelations relations;
  @Inject AccessGrants grants;
  @Inject Audit audit;
  @Inject Clock clock;
  @Inject StaffTextRedaction redaction;
  @Resource SessionContext session;

  /**
   * @throws StaffAccessReasonRequiredException if it needs a reason she has not given
   * @throws StaffAccessDeniedException if it is outside her need-to-know
   */
  public void toConversation(StaffResource resource, UUID conversation) {
    check(resource, Target.conversation(conversation, relations, staff()));
  }

  /** As {@link #toConversation}, for a customer's data. */
  public void toCustomer(StaffResource resource, CustomerId customer) {
    check(resource, Target.customer(customer, relations, staff()));
  }

  /** As {@link #toConversation}, for what concerns no single conversation or customer. */
  public void toAll(StaffResource resource) {
    check(resource, Target.ALL);
  }

  /** Records her reason for a conversation beyond her need-to-know (see {@link #giveReason}). */
  public void giveReasonForConversation(StaffResource resource, UUID conversation, String reason) {
    giveReason(
        resource, Target.conversation(conversation, relations, staff()), reason, redaction::redact);
  }

  public void giveReasonForCustomer(StaffResource resource, CustomerId customer, String reason) {
    giveReason(
        resource,
        Target.customer(customer, relations, staff()),
        reason,
        text -> redaction.redactAbout(customer, text));
  }

  public void giveReasonForAll(StaffResource resource, String reason) {
    giveReason(resource, Target.ALL, reason, redaction::redact);
  }

  /** Whether she may without a reason: for filtering lists (not audited per row). */
  public boolean allowed(StaffResource resource, StaffRelation relation) {
    return StaffAccessPolicy.decide(roles(), resource, relation) == AccessDecision.ALLOW;
  }

  private void check(StaffResource resource, Target target) {
    AccessDecision decision = StaffAccessPolicy.decide(roles(), resource, target.relation());
    if (decision == AccessDecision.ALLOW
        || decision == AccessDecision.ALLOW_WITH_REASON
            && grants.active(staff(), resource, target.key(), clock.instant())) {
      return;
    }
    refuse(resource, target, decision);
  }

  /**
   * @param redact takes personal data out of the reason: it is kept with the grant and written to
   *     the append-only audit trail
   * @throws io.tellerline.kernel.InvalidInputException unless the reason fits {@link AccessReason}
   * @throws StaffAccessDeniedException if even a reason does not open it to her
   */
  private void giveReason(
      StaffResource resource, Target target, String reason, UnaryOperator<String> redact) {
    AccessDecision decision = StaffAccessPolicy.decide(roles(), resource, target.relation());
    if (decision == AccessDecision.ALLOW) {
      return;
    }
    if (decision == AccessDecision.DENY) {
      refuse(resource, target, decision);
    }
    String why = redact.apply(AccessReason.of(reason));
    grants.add(new AccessGrant(staff(), resource, target.key(), why, clock.instant()));
    target
        .describe(event(AuditEventType.ACCESS_WITH_REASON, resource, target))
        .with("reason", why)
        .record();
  }

  private void refuse(StaffResource resource, Target target, AccessDecision decision) {
    target
        .describe(event(AuditEventType.ACCESS_DENIED, resource, target))
        .with("decision", decision.name())
        .record();
    throw decision == AccessDecision.ALLOW_WITH_REASON
        ? new StaffAccessReasonRequiredException()
        : new StaffAccessDeniedException();
  }

  private AuditEventBuilder event(AuditEventType type, StaffResource resource, Target target) {
    return audit
        .staffAction(type)
        .with("resource", resource.name())
        .with("relation", target.relation().name());
  }

  private Set<String> roles() {
    return STAFF_ROLES.stream().filter(session::isCallerInRole).collect(Collectors.toSet());
  }

  private String staff() {
    return session.getCallerPrincipal().getName();
  }
}
