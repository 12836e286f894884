package io.tellerline.audit.domain;

/** Kinds of audited events. */
public enum AuditEventType {
  /** The assistant classified a customer's message and chose a response. */
  AI_DECISION,
  /** The application started (with the versions it runs). */
  SYSTEM_STARTED
}
