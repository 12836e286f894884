package io.tellerline.audit.domain;

/** Appends to the audit trail. There is deliberately no way to change or remove an event. */
public interface AuditTrail {

  /** Records the event in the caller's transaction: it commits or rolls back with the action. */
  void record(AuditEvent event);
}
