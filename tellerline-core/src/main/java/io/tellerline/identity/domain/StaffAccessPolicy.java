package io.tellerline.identity.domain;

import static io.tellerline.identity.domain.AccessDecision.ALLOW;
import static io.tellerline.identity.domain.AccessDecision.ALLOW_WITH_REASON;
import static io.tellerline.identity.domain.AccessDecision.DENY;

import io.tellerline.kernel.Role;
import java.util.Set;

/**
 * Need-to-know for branch staff (least privilege that still lets them work), as a pure rule of
 * (roles, resource, relation). Tellers see and serve what waits in the staff queue and what is
 * assigned to them; a customer's data only while they serve one of the customer's conversations;
 * everything beyond that only with a reason they write down (audited), and revealing an original
 * value only in a conversation they serve. Supervisors oversee: everything, still audited.
 * Compliance officers and admins work in the compliance console, not on customers' conversations. A
 * person with several roles gets the most permissive of their roles' answers.
 */
public final class StaffAccessPolicy {

  private StaffAccessPolicy() {}

  public static AccessDecision decide(
      Set<String> roles, StaffResource resource, StaffRelation relation) {
    AccessDecision best = DENY;
    if (roles.contains(Role.TELLER)) {
      best = teller(resource, relation);
    }
    if (roles.contains(Role.SUPERVISOR)) {
      best = ALLOW;
    }
    return best;
  }

  private static AccessDecision teller(StaffResource resource, StaffRelation relation) {
    return switch (resource) {
      case CONVERSATION_VIEW, CONVERSATION_SERVE ->
          relation == StaffRelation.NONE ? reasonOnlyToView(resource) : ALLOW;
      case PII_REVEAL -> relation == StaffRelation.ASSIGNED ? ALLOW : DENY;
      case CUSTOMER_VIEW -> relation == StaffRelation.ASSIGNED ? ALLOW : ALLOW_WITH_REASON;
      case SEARCH_BY_VALUE -> ALLOW_WITH_REASON;
      case ALL_CONVERSATIONS -> DENY;
    };
  }

  /** Someone else's conversation may be read with a reason, never served. */
  private static AccessDecision reasonOnlyToView(StaffResource resource) {
    return resource == StaffResource.CONVERSATION_VIEW ? ALLOW_WITH_REASON : DENY;
  }
}
