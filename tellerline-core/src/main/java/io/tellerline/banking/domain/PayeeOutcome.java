package io.tellerline.banking.domain;

/** What came of saving a payee. */
public enum PayeeOutcome {
  ADDED,
  /** A payee with this id was saved before (a repeated request): nothing new was saved. */
  ALREADY_ADDED,
  /** The customer already has another payee of this name: nothing was saved. */
  NAME_TAKEN
}
