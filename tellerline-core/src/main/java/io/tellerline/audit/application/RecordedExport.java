package io.tellerline.audit.application;

/**
 * A bundle export already recorded in the audit trail, while the officer's request was served (so
 * the event says where it came from). Only {@link ComplianceAuditService} makes one, so a
 * background job can write an export only after its event.
 */
public final class RecordedExport {

  private final long from;
  private final long to;

  RecordedExport(long from, long to) {
    this.from = from;
    this.to = to;
  }

  public long from() {
    return from;
  }

  public long to() {
    return to;
  }
}
