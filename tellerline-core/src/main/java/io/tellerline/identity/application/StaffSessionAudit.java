package io.tellerline.identity.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.kernel.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Records the life of a console session (PCI DSS 10.2.1: every access by staff). A sign-in and a
 * session the server ends have no signed-in caller in the container yet or any more, so they are
 * system events naming the staff member from the verified ID token; a sign-out is the staff
 * member's own action.
 */
@Stateless
public class StaffSessionAudit {

  /** Why the server, not the staff member, ended a console session. */
  public enum Ending {
    IDLE_TIMEOUT,
    ABSOLUTE_TIMEOUT,
    ENDED_AT_IDENTITY_PROVIDER,
    BACKCHANNEL_LOGOUT
  }

  @Inject Audit audit;

  public void signedIn(Caller staff) {
    audit
        .systemEvent(AuditEventType.STAFF_SESSION)
        .withAll(StaffAuditFields.of(staff, null))
        .with("event", "SIGNED_IN")
        .with("staff", staff.username())
        .record();
  }

  /** A verified sign-in that did not reach the level the console requires. */
  public void signInRefused(Caller staff, String required) {
    audit
        .systemEvent(AuditEventType.STAFF_SESSION)
        .withAll(StaffAuditFields.of(staff, null))
        .with("event", "SIGN_IN_REFUSED")
        .with("staff", staff.username())
        .with("requiredAcr", required)
        .record();
  }

  /** The signed-in staff member signs out (the caller is in the container). */
  public void signedOut() {
    audit.staffAction(AuditEventType.STAFF_SESSION).with("event", "SIGNED_OUT").record();
  }

  public void ended(String staffUsername, Ending why) {
    audit
        .systemEvent(AuditEventType.STAFF_SESSION)
        .with("event", "ENDED")
        .with("staff", staffUsername)
        .with("reason", why.name())
        .record();
  }
}
