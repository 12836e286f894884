package io.tellerline.privacy.detection;

/** Check-digit algorithms of the numeric identifiers. */
final class Checksums {
  private Checksums() {}

  /** Luhn (ISO/IEC 7812-1) over a string of digits: card numbers. */
  static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }

  /**
   * ISO 7064 MOD 97-10 as used by ISO 13616 IBANs: move the first four characters to the end,
   * letters to 10..35, the number modulo 97 must be 1. Computed piecewise so no big integers are
   * needed.
   */
  static boolean ibanMod97(CharSequence iban) {
    int n = iban.length();
    int remainder = 0;
    for (int k = 0; k < n; k++) {
      char c = iban.charAt((k + 4) % n);
      int value = Character.isDigit(c) ? c - '0' : Character.toUpperCase(c) - 'A' + 10;
      remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
  }

  /** ISO 7064 MOD 11,10 check digit of the German tax identification number (11th digit). */
  static boolean steuerIdCheckDigit(CharSequence digits) {
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (digits.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
      check = 0;
    }
    return check == digits.charAt(10) - '0';
  }
}
