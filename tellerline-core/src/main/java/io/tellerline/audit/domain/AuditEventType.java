package io.tellerline.audit.domain;

/** Kinds of audited events. */
public enum AuditEventType {
  /** The assistant classified a customer's message and chose a response. */
  AI_DECISION,
  /**
   * A customer came back to a sensitive request after step-up authentication: the policy decision
   * on the new token and whether the action ran, was replayed or was refused.
   */
  SENSITIVE_ACTION_RESUMED,
  /**
   * A staff member looked at or changed a customer's login (OTP re-enrolment, disable, enable), or
   * was refused for lack of step-up; with the policy decision.
   */
  IDENTITY_OPERATION,
  /** A staff member used the console to see customer data (e.g. the conversation list). */
  CONSOLE_ACTION,
  /** A compliance officer exported a range of the audit log (with its format and size). */
  AUDIT_EXPORTED,
  /** A compliance officer verified the audit log or a range of it in the application. */
  AUDIT_VERIFIED,
  /** The application started (with the versions it runs). */
  SYSTEM_STARTED,
  /** A new key signed tree heads for the first time (key rotation); its public key is included. */
  SIGNING_KEY_ADDED,
  PII_REVEALED,
  PII_REVEAL_REFUSED,
  CUSTOMER_DATA_ERASED,
  DATA_KEYS_REWRAPPED,
  CONVERSATION_ROUTED,
  /** A customer downloaded an account statement (after the policy allowed it). */
  STATEMENT_DOWNLOADED,
  /** A member of staff was refused a conversation or customer outside her need-to-know. */
  ACCESS_DENIED,
  /** A member of staff opened something beyond her need-to-know with a written reason. */
  ACCESS_WITH_REASON,
  /** Someone asked for a four-eyes action (what, by whom, why); a second person must decide. */
  APPROVAL_REQUESTED,
  /** A second person rejected a four-eyes request (or it expired); names both people. */
  APPROVAL_REJECTED
}
