package io.tellerline.privacy.tokenization;

/** Strips and re-inserts the spaces, dashes and dots a customer typed inside a number. */
final class Separators {
  interface CharClass {
    boolean test(char c);
  }

  private Separators() {}

  static String keepOnly(String typed, CharClass symbol) {
    StringBuilder out = new StringBuilder(typed.length());
    for (int i = 0; i < typed.length(); i++) {
      if (symbol.test(typed.charAt(i))) {
        out.append(typed.charAt(i));
      }
    }
    return out.toString();
  }

  /** Puts {@code symbols} into the positions of {@code typed} that held symbols, in order. */
  static String reinsert(String typed, String symbols, CharClass symbol) {
    StringBuilder out = new StringBuilder(typed.length());
    int next = 0;
    for (int i = 0; i < typed.length(); i++) {
      out.append(symbol.test(typed.charAt(i)) ? symbols.charAt(next++) : typed.charAt(i));
    }
    return out.toString();
  }
}
