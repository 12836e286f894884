package io.tellerline.audit.application;

import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * The compliance officer's access to the audit log. Exports and verifications are themselves
 * audited, in the same transaction as their work.
 */
@Stateless
@RolesAllowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
public class ComplianceAuditService {

  static final int MAX_RESULTS = 500;
  private static final Pattern CODE = Pattern.compile("[\\w.:-]{1,100}");

  @Inject AuditLog log;
  @Inject Audit audit;

  public AuditLog.Status status() {
    AuditLog.Status status = log.status();
    recordRead("status").with("treeSize", status.treeSize()).record();
    return status;
  }

  /**
   * @throws InvalidInputException when the customer criterion is not a customer id, or a code
   *     criterion (event type, intent, outcome, model version) is not a code: what an officer
   *     searches by is itself recorded, so it must not be personal data
   */
  public List<AuditEntry> search(AuditSearch search) {
    search.customer().ifPresent(ComplianceAuditService::requireCustomerId);
    search.eventType().ifPresent(code -> requireCode("eventType", code));
    search.intent().ifPresent(code -> requireCode("intent", code));
    search.outcome().ifPresent(code -> requireCode("outcome", code));
    search.modelVersion().ifPresent(code -> requireCode("modelVersion", code));
    List<AuditEntry> found = log.search(search, MAX_RESULTS);
    recordRead("search").with("criteria", criteria(search)).with("found", found.size()).record();
    return found;
  }

  public Optional<EventProof> proof(long leafIndex) {
    Optional<EventProof> proof = log.proof(leafIndex);
    recordRead("proof").with("leaf", leafIndex).with("found", proof.isPresent()).record();
    return proof;
  }

  /**
   * @throws InvalidInputException unless 1 &lt;= first &lt;= second &lt;= the tree's size
   */
  public ConsistencyCheck consistency(long first, long second) {
    long size = log.status().treeSize();
    if (first < 1 || first > second || second > size) {
      throw new InvalidInputException("first", "audit.sizes_invalid", size);
    }
    ConsistencyCheck check = log.consistency(first, second);
    recordRead("consistency").with("first", first).with("second", second).record();
    return check;
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
   * Records a bundle export that a background job will write: here, in the officer's request, so
   * the event has the request's source (the job's thread has none). The event stands for the
   * officer's action, also if the job fails afterwards.
   *
   * @throws InvalidInputException unless 0 &lt;= from &lt; to &lt;= the signed size
   */
  public RecordedExport recordBundleExport(long from, long to) {
    requireSignedRange(from, to);
    recordExport("bundle", from, to);
    return new RecordedExport(from, to);
  }

  /** Writes a bundle export recorded before ({@link #recordBundleExport}). */
  public void writeBundle(RecordedExport export, OutputStream out, LongConsumer progress)
      throws IOException {
    log.exportBundle(export.from(), export.to(), out, progress);
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

  private static void requireCustomerId(String customer) {
    try {
      UUID.fromString(customer);
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidInputException("customer", "audit.customer_invalid");
    }
  }

  private static void requireCode(String field, String value) {
    if (!CODE.matcher(value).matches()) {
      throw new InvalidInputException(field, "audit.criterion_invalid");
    }
  }

  private AuditEventBuilder recordRead(String what) {
    return audit.staffAction(AuditEventType.AUDIT_READ).with("read", what);
  }

  /**
   * The search's criteria as the officer gave them. They are codes, ids and times — the customer
   * criterion is the customer's id, never a name or an account number.
   */
  private static JsonObjectBuilder criteria(AuditSearch search) {
    JsonObjectBuilder criteria = Json.createObjectBuilder();
    search.from().ifPresent(from -> criteria.add("from", from.toString()));
    search.to().ifPresent(to -> criteria.add("to", to.toString()));
    search.eventType().ifPresent(type -> criteria.add("eventType", type));
    search.customer().ifPresent(customer -> criteria.add("customer", customer));
    search.intent().ifPresent(intent -> criteria.add("intent", intent));
    search.outcome().ifPresent(outcome -> criteria.add("outcome", outcome));
    search.modelVersion().ifPresent(model -> criteria.add("modelVersion", model));
    return criteria;
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
