package io.tellerline.identity.application;

import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The fields every audit record of a staff action carries: who acted with which roles and
 * authentication, and what the authentication policy decided.
 */
public final class StaffAuditFields {

  private StaffAuditFields() {}

  /**
   * @param decision the policy decision, or null for an action the policy does not govern
   */
  public static JsonObjectBuilder of(Caller staff, PolicyDecision decision) {
    JsonObjectBuilder fields =
        Json.createObjectBuilder()
            .add("staffRoles", String.join(",", staff.roles().stream().sorted().toList()))
            .add("acr", staff.authenticationLevel());
    staff.authenticatedAt().ifPresent(at -> fields.add("authTime", at.toString()));
    if (decision != null) {
      fields
          .add("policyVersion", decision.policyVersion())
          .add("verdict", decision.verdict().name())
          .add("policyReason", decision.reason());
    }
    return fields;
  }
}
