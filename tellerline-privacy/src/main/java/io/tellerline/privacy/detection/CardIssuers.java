package io.tellerline.privacy.detection;

/**
 * Issuer identification ranges and lengths of the card schemes a European bank's customers carry. A
 * Luhn-valid number outside these ranges is far more likely a reference number than a card.
 */
final class CardIssuers {
  private CardIssuers() {}

  static boolean plausible(String digits) {
    int length = digits.length();
    return visa(digits, length)
        || mastercard(digits, length)
        || amex(digits, length)
        || discoverOrUnionPay(digits, length)
        || jcb(digits, length)
        || diners(digits, length)
        || maestroOrGirocard(digits, length);
  }

  private static boolean visa(String d, int length) {
    return d.charAt(0) == '4' && (length == 13 || length == 16 || length == 19);
  }

  /** 51–55 and, since 2017, the 2-series 2221–2720. */
  private static boolean mastercard(String d, int length) {
    int two = prefix(d, 2);
    int four = prefix(d, 4);
    return length == 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720));
  }

  private static boolean amex(String d, int length) {
    int two = prefix(d, 2);
    return length == 15 && (two == 34 || two == 37);
  }

  /** Discover 6011, 644–649, 65 and the UnionPay range 62 that Discover accepts. */
  private static boolean discoverOrUnionPay(String d, int length) {
    int two = prefix(d, 2);
    int three = prefix(d, 3);
    boolean range =
        prefix(d, 4) == 6011 || (three >= 644 && three <= 649) || two == 65 || two == 62;
    return range && length >= 16 && length <= 19;
  }

  private static boolean jcb(String d, int length) {
    int four = prefix(d, 4);
    return four >= 3528 && four <= 3589 && length >= 16 && length <= 19;
  }

  /** Diners Club International 300–305, 3095, 36, 38, 39; 14 digits (36) up to 19. */
  private static boolean diners(String d, int length) {
    int two = prefix(d, 2);
    int three = prefix(d, 3);
    boolean range =
        (three >= 300 && three <= 305)
            || prefix(d, 4) == 3095
            || two == 36
            || two == 38
            || two == 39;
    return range && length >= 14 && length <= 19;
  }

  /**
   * Maestro 50, 56–58, 63, 67 (including 6759, 6761–6763) with 13–19 digits; German girocard cards
   * carry numbers in the 67 range with 16–19 digits, so they are covered here too.
   */
  private static boolean maestroOrGirocard(String d, int length) {
    int two = prefix(d, 2);
    boolean range = two == 50 || (two >= 56 && two <= 58) || two == 63 || two == 67;
    return range && length >= 13 && length <= 19;
  }

  private static int prefix(String digits, int length) {
    return Integer.parseInt(digits.substring(0, length));
  }
}
