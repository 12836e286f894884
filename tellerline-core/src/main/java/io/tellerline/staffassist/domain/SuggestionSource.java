package io.tellerline.staffassist.domain;

/** Where a suggested reply comes from. */
public enum SuggestionSource {
  /** A published knowledge-base article of the customer's language. */
  ARTICLE,
  /** An earlier staff reply to a similar customer message, in the customer's language. */
  STAFF_REPLY
}
