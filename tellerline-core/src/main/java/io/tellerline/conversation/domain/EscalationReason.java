package io.tellerline.conversation.domain;

/** Why a conversation went to staff. Regulators ask banks to show there is no "doom loop". */
public enum EscalationReason {
  /** The customer asked for a person. */
  CUSTOMER_ASKED,
  /** The assistant did not understand two messages in a row. */
  LOW_CONFIDENCE,
  /** The customer seemed frustrated. */
  FRUSTRATION,
  /** Disputes, fraud reports and complaints always go to a person. */
  TOPIC_NEEDS_STAFF,
  /** A verified (stepped-up) request the assistant does not carry out itself. */
  VERIFIED_REQUEST
}
