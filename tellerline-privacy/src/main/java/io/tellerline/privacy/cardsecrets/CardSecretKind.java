package io.tellerline.privacy.cardsecrets;

/**
 * Card data that must never be stored once a card payment is authorised (PCI DSS 4.0.1 req. 3.3:
 * sensitive authentication data), and the expiry date that, with a card number, completes what a
 * fraudster needs. Found in a message, it is removed for good — not tokenized, not encrypted.
 */
public enum CardSecretKind {
  PIN("[PIN]"),
  CVC("[CVC]"),
  EXPIRY("[EXPIRY]");

  private final String placeholder;

  CardSecretKind(String placeholder) {
    this.placeholder = placeholder;
  }

  /** What stands in a stored message where the value was. */
  public String placeholder() {
    return placeholder;
  }
}
