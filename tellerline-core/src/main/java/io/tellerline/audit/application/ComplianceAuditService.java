package io.tellerline.audit.application;

import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.kernel.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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
  @Inject Audit audit;

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

  public LogVerification verify() {
    LogVerification result = log.verify();
    audit
        .staffAction(AuditEventType.AUDIT_VERIFIED)
        .with("verified", result.verified())
        .with("events", result.events())
        .with("treeSize", result.treeSize())
        .with("problems", result.problems().size())
        .record();
    return result;
  }

  public LogVerification verifyRange(long from, long to) {
    LogVerification result = log.verifyRange(from, to);
    audit
        .staffAction(AuditEventType.AUDIT_VERIFIED)
        .with("verified", result.verified())
        .with("from", from)
        .with("to", to)
        .with("problems", result.problems().size())
        .record();
    return result;
  }

  public void exportBundle(long from, long to, OutputStream out, LongConsumer progress)
      throws IOException {
    recordExport("bundle", from, to);
    log.exportBundle(from, to, out, progress);
  }

  public void exportCsv(long from, long to, Writer out) throws IOException {
    recordExport("csv", from, to);
    log.exportCsv(from, to, out);
  }

  private void recordExport(String format, long from, long to) {
    audit
        .staffAction(AuditEventType.AUDIT_EXPORTED)
        .with("format", format)
        .with("from", from)
        .with("to", to)
        .record();
  }
}
