package io.tellerline.privacy.detection;

/**
 * Kinds of personal data found in chat messages, in the order of precedence used when two findings
 * overlap: types confirmed by a checksum come first, because a checksum is stronger evidence than a
 * context word or a format.
 */
public enum PiiType {
  IBAN("IBAN"),
  CARD("CARD"),
  DE_TAX_ID("TAXID"),
  US_SSN("SSN"),
  UK_NINO("NINO"),
  ACCOUNT("ACCOUNT"),
  EMAIL("EMAIL"),
  DATE_OF_BIRTH("DOB"),
  PHONE("PHONE"),
  NAME("NAME"),
  ADDRESS("ADDRESS"),
  /**
   * A network address a request came from. Never detected in text: only tokenized where Tellerline
   * records where a request came from (the audit trail's source of an event).
   */
  IP_ADDRESS("IP");

  private final String tokenLabel;

  PiiType(String tokenLabel) {
    this.tokenLabel = tokenLabel;
  }

  /** Short upper-case label used in keyed tokens such as {@code [EMAIL:…]}. */
  public String tokenLabel() {
    return tokenLabel;
  }

  /** Lower number wins an overlap. */
  public int precedence() {
    return ordinal();
  }
}
