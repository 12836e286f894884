package io.tellerline.identity.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.identity.domain.CustomerLogins;
import io.tellerline.identity.domain.IdentityProvider;
import io.tellerline.identity.domain.LoginStatus;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.NoSuchElementException;

/**
 * Staff operations on a customer's login at the identity provider. Tellers and supervisors may look
 * and act; only a supervisor may lift a disabled login. Changes need the staff member's own recent
 * multi-factor authentication (policy action {@value #OPERATION}); every call is audited, refusals
 * included.
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class StaffIdentityService {

  static final String OPERATION = "staff.identity_operation";
  static final int MAX_REASON_LENGTH = 500;

  @Inject IdentityProvider identityProvider;
  @Inject CustomerLogins logins;
  @Inject StepUpGuard stepUp;
  @Inject Audit audit;

  public LoginStatus loginStatus(Caller staff, CustomerId customer) {
    LoginStatus status = identityProvider.loginStatus(subjectOf(customer));
    record(staff, customer, "VIEW_LOGIN_STATUS", null, null);
    return status;
  }

  public void requireOtpReEnrolment(Caller staff, CustomerId customer) {
    PolicyDecision decision = stepUpChecked(staff, customer, "REQUIRE_OTP_RE_ENROLMENT");
    identityProvider.requireOtpReEnrolment(subjectOf(customer));
    record(staff, customer, "REQUIRE_OTP_RE_ENROLMENT", decision, null);
  }

  public void disableLogin(Caller staff, CustomerId customer, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON_LENGTH) {
      throw new IllegalArgumentException("a reason of 1 to 500 characters is required");
    }
    PolicyDecision decision = stepUpChecked(staff, customer, "DISABLE_LOGIN");
    identityProvider.disableLogin(subjectOf(customer));
    record(staff, customer, "DISABLE_LOGIN", decision, why);
  }

  @RolesAllowed(Role.SUPERVISOR)
  public void enableLogin(Caller staff, CustomerId customer) {
    PolicyDecision decision = stepUpChecked(staff, customer, "ENABLE_LOGIN");
    identityProvider.enableLogin(subjectOf(customer));
    record(staff, customer, "ENABLE_LOGIN", decision, null);
  }

  private PolicyDecision stepUpChecked(Caller staff, CustomerId customer, String operation) {
    return stepUp.require(
        OPERATION,
        staff,
        refused -> record(staff, customer, operation + "_REFUSED", refused, null));
  }

  private String subjectOf(CustomerId customer) {
    return logins
        .identitySubjectOf(customer)
        .orElseThrow(() -> new NoSuchElementException("no such customer: " + customer.value()));
  }

  private void record(
      Caller staff, CustomerId customer, String operation, PolicyDecision decision, String reason) {
    JsonObjectBuilder payload =
        StaffAuditFields.of(staff, decision)
            .add("operation", operation)
            .add("customer", customer.value().toString());
    if (reason != null) {
      payload.add("reason", reason);
    }
    audit.staffAction(AuditEventType.IDENTITY_OPERATION).withAll(payload).record();
  }
}
