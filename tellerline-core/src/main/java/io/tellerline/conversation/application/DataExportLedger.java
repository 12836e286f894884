package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.conversation.domain.DataExport;
import io.tellerline.conversation.domain.DataExports;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.CustomerCopies;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a data export's state, each step in a transaction of its own: the request commits (with
 * its audit event) before the background work starts, and progress is visible while that work runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DataExportLedger {

  @Inject DataExports exports;
  @Inject CustomerCopies copies;
  @Inject Audit audit;
  @Inject Clock clock;

  /**
   * Records a new export for the customer, unless one is running (on any instance, or started by a
   * simultaneous request of hers: the same answer, a business failure that rolls back).
   *
   * @throws DataExportStateException if one is running
   */
  public DataExport open(CustomerId customer, Caller caller, PolicyDecision decision) {
    Instant now = clock.instant();
    exports.removeExpired(now);
    exports.failStale(customer, now.minus(DataExport.STALE));
    DataExport export = DataExport.requested(customer, now);
    if (exports.latestOf(customer).filter(latest -> latest.runningAt(now)).isPresent()
        || !exports.addUnlessOneIsRunning(export)) {
      throw new DataExportStateException("data_export.running");
    }
    audit
        .customerAction(AuditEventType.DATA_EXPORT_REQUESTED)
        .with("customer", customer.value().toString())
        .with("export", export.id().toString())
        .with("acr", caller.authenticationLevel())
        .with("policyVersion", decision.policyVersion())
        .record();
    return export;
  }

  public void progress(UUID id, int done, int total) {
    exports.progress(id, done, total, clock.instant());
  }

  /** Seals both forms under the customer's data key and marks the export ready. */
  public void ready(DataExport export, byte[] json, byte[] pdf) {
    CustomerId customer = export.customer();
    exports.ready(
        export.id(),
        copies.sealForCustomer(customer, json, export.associatedData(DataExport.Format.JSON)),
        copies.sealForCustomer(customer, pdf, export.associatedData(DataExport.Format.PDF)),
        clock.instant());
  }

  public void failed(UUID id) {
    exports.failed(id, clock.instant());
  }
}
