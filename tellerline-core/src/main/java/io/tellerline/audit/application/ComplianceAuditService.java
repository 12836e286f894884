package io.tellerline.audit.application;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.audit.domain.AuditTrail;
import io.tellerline.kernel.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The compliance officer's access to the audit log. Exports and verifications are themselves
 * audited, in the same transaction as their work.
 */
@Stateless
@RolesAllowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
public class ComplianceAuditService {

  static final int MAX_RESULTS = 500;

  @Inject AuditLog log;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  public AuditLog.Status status() {
    return log.status();
  }

  public List<AuditEntry> search(AuditSearch search) {
    return log.search(search, MAX_RESULTS);
  }

  public Optional<EventProof> proof(long leafIndex) {
    return log.proof(leafIndex);
  }

  public ConsistencyCheck consistency(long first, long second) {
    return log.consistency(first, second);
  }

  public LogVerification verify(String staff) {
    LogVerification result = log.verify();
    record(
        AuditEventType.AUDIT_VERIFIED,
        staff,
        "{\"verified\":"
            + result.verified()
            + ",\"events\":"
            + result.events()
            + ",\"treeSize\":"
            + result.treeSize()
            + ",\"problems\":"
            + result.problems().size()
            + "}");
    return result;
  }

  public LogVerification verifyRange(String staff, long from, long to) {
    LogVerification result = log.verifyRange(from, to);
    record(
        AuditEventType.AUDIT_VERIFIED,
        staff,
        "{\"verified\":"
            + result.verified()
            + ",\"from\":"
            + from
            + ",\"to\":"
            + to
            + ",\"problems\":"
            + result.problems().size()
            + "}");
    return result;
  }

  public void exportBundle(
      String staff, long from, long to, OutputStream out, LongConsumer progress)
      throws IOException {
    record(AuditEventType.AUDIT_EXPORTED, staff, export("bundle", from, to));
    log.exportBundle(from, to, out, progress);
  }

  public void exportCsv(String staff, long from, long to, Writer out) throws IOException {
    record(AuditEventType.AUDIT_EXPORTED, staff, export("csv", from, to));
    log.exportCsv(from, to, out);
  }

  private static String export(String format, long from, long to) {
    return "{\"format\":\"" + format + "\",\"from\":" + from + ",\"to\":" + to + "}";
  }

  private void record(AuditEventType type, String staff, String payload) {
    trail.record(new AuditEvent(type, "staff:" + staff, null, payload, clock.instant()));
  }
}
