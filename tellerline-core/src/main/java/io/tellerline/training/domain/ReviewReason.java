package io.tellerline.training.domain;

/** Why a customer's turn is in the review inbox (one turn may have several reasons). */
public enum ReviewReason {
  /** The assistant classified it as out of scope and said it did not understand. */
  NOT_UNDERSTOOD,
  /** The assistant's best intent was below the confidence it answers at. */
  LOW_CONFIDENCE,
  /** A member of staff corrected the assistant's intent. */
  CORRECTED,
  /** The customer rated the conversation badly (1 or 2 of 5). */
  RATED_BADLY
}
