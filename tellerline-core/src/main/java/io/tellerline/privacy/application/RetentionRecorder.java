package io.tellerline.privacy.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.application.AuditEventBuilder;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.privacy.domain.RetentionRun;
import io.tellerline.privacy.domain.RetentionStore;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/**
 * Records a retention run in the record of runs and in the audit log, together in one transaction:
 * counts only, never what was deleted.
 */
@Stateless
@PermitAll
public class RetentionRecorder {

  @Inject RetentionStore store;
  @Inject Audit audit;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(RetentionRun run) {
    store.record(run);
    AuditEventBuilder event =
        RetentionService.SYSTEM.equals(run.startedBy())
            ? audit.systemEvent(AuditEventType.RETENTION_RUN)
            : audit.staffAction(AuditEventType.RETENTION_RUN);
    JsonObjectBuilder counts = JsonBuilders.object();
    run.counts().forEach((kind, count) -> counts.add(kind, count.longValue()));
    event
        .with("run", run.id().toString())
        .with("dryRun", run.dryRun())
        .with("asOf", run.asOf().toString())
        .with("complete", run.complete())
        .with("durationMillis", run.finishedAt().toEpochMilli() - run.startedAt().toEpochMilli())
        .with("counts", counts)
        .record();
  }
}
