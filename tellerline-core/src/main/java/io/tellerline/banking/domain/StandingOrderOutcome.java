package io.tellerline.banking.domain;

/** What came of setting up a standing order. */
public enum StandingOrderOutcome {
  CREATED,
  /** An order with this id was set up before (a repeated request): nothing new was made. */
  ALREADY_CREATED,
  NO_SUCH_PAYEE,
  /** The customer holds no account in the amount's currency. */
  NO_ACCOUNT
}
