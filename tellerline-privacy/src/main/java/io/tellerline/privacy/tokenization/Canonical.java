package io.tellerline.privacy.tokenization;

import io.tellerline.privacy.detection.PiiType;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The form a value is hashed in, so that different typings of the same value give the same keyed
 * token: e-mail lower-cased; phone digits only, with 00 read as +; identifiers without separators
 * and upper-cased; names, addresses and dates lower-cased, accents removed, ß as ss, spaces
 * collapsed. National and international spellings of one phone number still differ (no region is
 * assumed).
 */
final class Canonical {
  private Canonical() {}

  static String of(PiiType type, String typed) {
    return switch (type) {
      case EMAIL -> typed.toLowerCase(Locale.ROOT);
      case PHONE -> phone(typed);
      case US_SSN, DE_TAX_ID, UK_NINO, CARD, ACCOUNT, IBAN -> alphanumeric(typed);
      case NAME, ADDRESS, DATE_OF_BIRTH -> folded(typed);
      case IP_ADDRESS -> typed.strip().toLowerCase(Locale.ROOT);
    };
  }

  private static String phone(String typed) {
    String digits = typed.replaceAll("[^0-9]", "");
    boolean international = typed.trim().startsWith("+") || digits.startsWith("00");
    if (digits.startsWith("00")) {
      digits = digits.substring(2);
    }
    return international ? "+" + digits : digits;
  }

  private static String alphanumeric(String typed) {
    return typed.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
  }

  private static String folded(String typed) {
    String decomposed = Normalizer.normalize(typed.replace("ß", "ss"), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .trim();
  }
}
