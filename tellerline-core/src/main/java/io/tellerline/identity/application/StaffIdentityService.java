package io.tellerline.identity.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.identity.domain.CustomerLogins;
import io.tellerline.identity.domain.IdentityProvider;
import io.tellerline.identity.domain.LoginStatus;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.identity.domain.StaffResource;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.kernel.StaffTextRedaction;
import io.tellerline.kernel.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/**
 * Staff operations on a customer's login at the identity provider. Tellers and supervisors may look
 * and act; only a supervisor may lift a disabled login. Changes need the staff member's own recent
 * multi-factor authentication (policy action {@value #OPERATION}); every call is audited, refusals
 * included. An unknown customer is a {@link CustomerNotFoundException}.
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class StaffIdentityService {

  static final String OPERATION = "staff.identity_operation";

  /** The reason for disabling a login, as the console's form and this service count it. */
  public static final int DISABLE_REASON_MAX = 500;

  public static final TextLimit DISABLE_REASON = new TextLimit("reason", 1, DISABLE_REASON_MAX);

  @Inject StaffTextRedaction redaction;
  @Inject IdentityProvider identityProvider;
  @Inject CustomerLogins logins;
  @Inject StepUpGuard stepUp;
  @Inject Audit audit;
  @Inject StaffAccess access;

  public LoginStatus loginStatus(Caller staff, CustomerId customer) {
    access.toCustomer(StaffResource.CUSTOMER_VIEW, customer);
    LoginStatus status = identityProvider.loginStatus(subjectOf(customer));
    record(staff, customer, "VIEW_LOGIN_STATUS", null, null);
    return status;
  }

  public void requireOtpReEnrolment(Caller staff, CustomerId customer) {
    PolicyDecision decision = stepUpChecked(staff, customer, "REQUIRE_OTP_RE_ENROLMENT");
    identityProvider.requireOtpReEnrolment(subjectOf(customer));
    record(staff, customer, "REQUIRE_OTP_RE_ENROLMENT", decision, null);
  }

  /**
   * @throws InvalidInputException unless the reason fits {@link #DISABLE_REASON}
   */
  public void disableLogin(Caller staff, CustomerId customer, String reason) {
    String why = redaction.redactAbout(customer, DISABLE_REASON.check(reason));
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

  /** Need-to-know first (the customer's data), then the staff member's step-up. */
  private PolicyDecision stepUpChecked(Caller staff, CustomerId customer, String operation) {
    access.toCustomer(StaffResource.CUSTOMER_VIEW, customer);
    return stepUp.require(
        OPERATION,
        staff,
        refused -> record(staff, customer, operation + "_REFUSED", refused, null));
  }

  private String subjectOf(CustomerId customer) {
    return logins.identitySubjectOf(customer).orElseThrow(CustomerNotFoundException::new);
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
