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
  /**
   * A console session began or ended: signed in (with its authentication level), sign-in refused
   * (too weak), signed out, or ended by the idle or absolute limit or by the identity provider.
   */
  STAFF_SESSION,
  /** A compliance officer exported a range of the audit log (with its format and size). */
  AUDIT_EXPORTED,
  /**
   * A compliance officer read the audit log: its status, a search (with its criteria), an event's
   * inclusion proof or a consistency proof. Who watches the log is in the log (PCI DSS 10.2.1.3).
   */
  AUDIT_READ,
  /** A supervisor exported the intent corrections as training data (with the number of rows). */
  TRAINING_DATA_EXPORTED,
  /**
   * A signed-in person was refused: a conversation or customer outside her need-to-know, approving
   * her own four-eyes request (resource, relation, decision), a role that does not allow a
   * resource, or a sign-in too weak or too old for every request (path and reason).
   */
  ACCESS_DENIED,
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
  /** An officer started re-tokenizing stored tokens under the newest tokenization key version. */
  TOKEN_KEY_ROTATION_STARTED,
  /** A batch of messages was re-tokenized under the newest tokenization key version. */
  TOKENS_RETOKENIZED,
  /** No token of a kept value is left under an older version than the rotation's. */
  TOKEN_KEY_ROTATION_COMPLETED,
  /** An officer destroyed an old tokenization key version (never used again). */
  TOKEN_KEY_DESTROYED,
  CONVERSATION_ROUTED,
  /** A customer downloaded an account statement (after the policy allowed it). */
  STATEMENT_DOWNLOADED,
  /**
   * A customer asked for a copy of her data (GDPR Art. 15/20) after the policy allowed it: the
   * export's id, her authentication level and the policy version.
   */
  DATA_EXPORT_REQUESTED,
  /** A customer downloaded her data export (its id and the format, JSON or PDF). */
  DATA_EXPORT_DOWNLOADED,
  /** A member of staff opened something beyond her need-to-know with a written reason. */
  ACCESS_WITH_REASON,
  /** Someone asked for a four-eyes action (what, by whom, why); a second person must decide. */
  APPROVAL_REQUESTED,
  /** A second person rejected a four-eyes request (or it expired); names both people. */
  APPROVAL_REJECTED,
  /**
   * Retention ran (by its timer, or started by a compliance officer), or a dry run counted what it
   * would delete: the moment it applied, rows deleted (or due) per kind, whether it finished.
   */
  RETENTION_RUN,
  /**
   * A customer gave or withdrew a consent (purpose, given or not, the privacy notice's version);
   * her consent history is the register, this is who did it and from where.
   */
  CONSENT_CHANGED,
  /**
   * Card secrets were removed from a customer's message before it was stored (the kinds — PIN, CVC,
   * EXPIRY — and the message, never the value); staff see a marker on the conversation.
   */
  CARD_SECRET_REMOVED,
  /**
   * Drift monitoring found a figure (not-understood, confidence, out-of-scope, frustration or
   * escalation) of a language or intent moved beyond its threshold: aggregates only, no person.
   */
  DRIFT_ALERT_RAISED,
  /** A supervisor or compliance officer acknowledged a fairness gap, with the reason given. */
  FAIRNESS_GAP_ACKNOWLEDGED,
  /** A member of staff started training an intent model from a dataset version (who, which). */
  MODEL_TRAINING_STARTED,
  /**
   * Training ended: the candidate's version, artifact hash and evaluation headline, or the failure.
   */
  MODEL_TRAINED,
  /** A candidate began (or stopped) scoring live turns in shadow, without answering. */
  MODEL_SHADOW_CHANGED,
  /** A model became live after four eyes: who trained it, who approved it, the model replaced. */
  MODEL_PROMOTED,
  /** One click back to an earlier approved model (who, from which, to which). */
  MODEL_ROLLED_BACK,
  /** A candidate was rejected and will never go live. */
  MODEL_REJECTED,
  /**
   * An insight was shown to a customer who consented to them: its kind, the detector's rule and
   * version, the insight's id (a digest) and the customer's pseudonym; never amounts or merchants.
   */
  INSIGHT_SHOWN,
  /** A customer dismissed an insight with her feedback (useful, not useful, wrong). */
  INSIGHT_DISMISSED,
  /**
   * A reviewer labelled turns of the review inbox with an intent (candidate training rows): the
   * labels' ids, the intent, the rows' source; never the text.
   */
  REVIEW_LABELLED,
  /** A reviewer dismissed turns of the review inbox (the labels' ids and how many). */
  REVIEW_DISMISSED,
  /**
   * A reviewer replaced turns by a staff-written example without personal data (label id, intent,
   * language; not the text).
   */
  REVIEW_REWRITTEN,
  /**
   * A training dataset version was cut: its id, number, content hash, row counts by source, and how
   * many approved labels were left out (no consent, or erased).
   */
  DATASET_VERSION_CREATED,
  /**
   * A product was recommended to a customer who consented to product offers: the product, the rule
   * and version and the customer's pseudonym; never amounts or merchants.
   */
  RECOMMENDATION_OFFERED,
  /** A customer accepted or declined a recommendation; it is not offered again. */
  RECOMMENDATION_DECIDED
}
