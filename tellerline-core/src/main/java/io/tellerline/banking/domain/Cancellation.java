package io.tellerline.banking.domain;

/** What came of cancelling a standing order or a direct-debit mandate. */
public enum Cancellation {
  CANCELLED,
  /** It was cancelled before (a repeated request): nothing changed. */
  ALREADY_CANCELLED,
  /** The customer has no such standing order or mandate. */
  NOT_FOUND
}
