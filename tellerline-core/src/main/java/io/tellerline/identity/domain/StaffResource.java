package io.tellerline.identity.domain;

/** What a member of staff wants to see or do, as the need-to-know rules distinguish it. */
public enum StaffResource {
  /** Read a conversation: transcript (masked), notes, the assistant's readings, masked values. */
  CONVERSATION_VIEW,
  /** Serve a conversation: claim, reply, note, correct an intent, hand back, resolve. */
  CONVERSATION_SERVE,
  /** Reveal one original value of a conversation (besides its own reason and step-up). */
  PII_REVEAL,
  /**
   * A customer's accounts, recent transactions and login status, and the operations on the login
   * (OTP re-enrolment, disable; those also need step-up).
   */
  CUSTOMER_VIEW,
  /** Find conversations mentioning a value (IBAN, card, e-mail...) across all customers. */
  SEARCH_BY_VALUE,
  /** Every recent conversation, not only the queue and one's own. */
  ALL_CONVERSATIONS
}
