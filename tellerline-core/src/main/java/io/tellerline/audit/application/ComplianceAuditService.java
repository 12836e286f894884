package io.tellerline.audit.application;

import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.kernel.InvalidInputException;
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

  /**
   * @throws InvalidInputException unless 1 &lt;= first &lt;= second &lt;= the tree's size
   */
  public ConsistencyCheck consistency(long first, long second) {
    long size = log.status().treeSize();
    if (first < 1 || first > second || second > size) {
      throw new InvalidInputException("first", "audit.sizes_invalid", size);
    }
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

  /**
   * @throws InvalidInputException unless 0 &lt;= from &lt; to &lt;= the signed size
   */
  public LogVerification verifyRange(long from, long to) {
    requireSignedRange(from, to);
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

  /**
   * @throws InvalidInputException unless 0 &lt;= from &lt; to &lt;= the signed size
   */
  public void exportBundle(long from, long to, OutputStream out, LongConsumer progress)
      throws IOException {
    requireSignedRange(from, to);
    recordExport("bundle", from, to);
    log.exportBundle(from, to, out, progress);
  }

  /**
   * @throws InvalidInputException unless 0 &lt;= from &lt; to &lt;= the signed size
   */
  public void exportCsv(long from, long to, Writer out) throws IOException {
    requireSignedRange(from, to);
    recordExport("csv", from, to);
    log.exportCsv(from, to, out);
  }

  /**
   * Checks a range of leaves to verify or export (also before a background export starts). The log
   * checks ranges too, as a programming error; checked here first, the officer's mistake is a
   * business failure with a message. The signed size only grows, so the check stays true.
   *
   * @throws InvalidInputException unless 0 &lt;= from &lt; to &lt;= the signed size
   */
  public void requireSignedRange(long from, long to) {
    long signed = log.status().signedSize();
    if (from < 0 || from >= to || to > signed) {
      throw new InvalidInputException("from", "audit.range_invalid", 0, signed);
    }
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
