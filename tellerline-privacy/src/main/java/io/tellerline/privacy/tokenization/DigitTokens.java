package io.tellerline.privacy.tokenization;

import io.tellerline.privacy.crypto.Ff1Cipher;
import java.nio.charset.StandardCharsets;

/**
 * Format-preserving tokens for card and account numbers: every digit but the last four is encrypted
 * with FF1 (radix 10), the last four stay readable for the customer and staff ("card ending 1111"),
 * and separators stay exactly where the customer typed them. The visible last four, the digit count
 * and the type form the FF1 tweak, so two numbers that share only their first digits do not share
 * token digits, and a card and an account with the same digits get different tokens.
 */
final class DigitTokens {
  static final int VISIBLE = 4;
  private final Ff1Cipher ff1;

  DigitTokens(Ff1Cipher ff1) {
    this.ff1 = ff1;
  }

  String token(String label, String typed) {
    String digits = Separators.keepOnly(typed, DigitTokens::isDigit);
    int hidden = digits.length() - VISIBLE;
    String visible = digits.substring(hidden);
    byte[] tweak = (label + "|" + digits.length() + "|" + visible).getBytes(StandardCharsets.UTF_8);
    String encrypted = ff1.encrypt(digits.substring(0, hidden), 10, tweak);
    return Separators.reinsert(typed, encrypted + visible, DigitTokens::isDigit);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
