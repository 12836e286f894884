package io.tellerline.privacy.tokenization;

import io.tellerline.privacy.detection.PiiType;

/**
 * What people see in place of a token: card and account numbers keep only their last four digits
 * and their spacing ({@code •••• •••• •••• 1111}), an IBAN its country code and last four ({@code
 * DE•• •••• •••• •••• ••30 00}), every other type its label ({@code [EMAIL]}). A masked value
 * reveals nothing the token does not, and nothing beyond what a bank prints on statements.
 */
public final class Masking {

  /** The character that stands for a hidden letter or digit. */
  public static final char HIDDEN = '\u2022';

  private Masking() {}

  public static String mask(PiiType type, String token) {
    return switch (type) {
      case CARD, ACCOUNT -> keepLast(token, 4, 0);
      case IBAN -> keepLast(token, 4, 2);
      default -> "[" + type.tokenLabel() + "]";
    };
  }

  /** Hides every letter and digit except the first {@code head} and the last {@code tail}. */
  private static String keepLast(String token, int tail, int head) {
    int total = 0;
    for (int i = 0; i < token.length(); i++) {
      total += Character.isLetterOrDigit(token.charAt(i)) ? 1 : 0;
    }
    StringBuilder masked = new StringBuilder(token.length());
    int seen = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        masked.append(c);
        continue;
      }
      seen++;
      boolean visible = seen <= head || seen > total - tail;
      masked.append(visible ? c : HIDDEN);
    }
    return masked.toString();
  }
}
