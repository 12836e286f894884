package io.tellerline.audit.application;

import io.tellerline.audit.domain.AuditEventType;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Records that a signed-in person was refused a resource (PCI DSS 10.2.1.4, 10.2.2): the path, the
 * reason as a code, and — through {@link Audit} — who and from where. In a transaction of its own:
 * the refusal happens outside any business transaction, and must be recorded although nothing else
 * is. Requests without a verified sign-in are not recorded here: anyone can send them, so each
 * would let an anonymous client grow the signed log; they are answered 401 and counted in the
 * server log, and failed sign-ins are the identity provider's events.
 */
// An EJB, not a CDI bean: it is called from the web module (filters), and in the EAR only the EJB
// module's components reach the persistence unit the audit trail writes with.
@Stateless
public class AccessDenials {

  /** Paths are bounded in the record: the request line is the client's to choose. */
  static final int PATH_LIMIT = 200;

  @Inject Audit audit;

  /** A member of staff was refused (a role that does not allow it, a page outside her work). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void staffRefused(String path, String reason) {
    record(audit.staffAction(AuditEventType.ACCESS_DENIED), path, reason);
  }

  /** A customer was refused (a staff resource, or a sign-in too weak for every request). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void customerRefused(String path, String reason) {
    record(audit.customerAction(AuditEventType.ACCESS_DENIED), path, reason);
  }

  private static void record(AuditEventBuilder event, String path, String reason) {
    Objects.requireNonNull(path, "path");
    event
        .with("path", path.length() <= PATH_LIMIT ? path : path.substring(0, PATH_LIMIT))
        .with("reason", Objects.requireNonNull(reason, "reason"))
        .record();
  }
}
