package io.tellerline.privacy.detection;

import java.text.Normalizer;

/**
 * Text folded for matching names and addresses the way customers type them: lower case, accents
 * removed (é → e, ü → u), ß → ss, runs of white space → one space. Keeps, for every folded
 * character, the offset of the original character it came from, so matches map back to the message.
 */
final class FoldedText {
  private final String original;
  private final String folded;
  private final int[] origin;

  private FoldedText(String original, String folded, int[] origin) {
    this.original = original;
    this.folded = folded;
    this.origin = origin;
  }

  static FoldedText of(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int[] origin = new int[text.length() * 3 + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          continue;
        }
        c = ' ';
      }
      String folded = foldChar(c);
      for (int k = 0; k < folded.length(); k++) {
        origin[out.length()] = i;
        out.append(folded.charAt(k));
      }
    }
    return new FoldedText(text, out.toString(), origin);
  }

  /** Folds a value from the profile; the offsets are not needed there. */
  static String fold(String value) {
    return of(value).folded.trim();
  }

  private static String foldChar(char c) {
    if (c < 128) {
      return String.valueOf(Character.toLowerCase(c));
    }
    if (c == 'ß' || c == 'ẞ') {
      return "ss";
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(1);
    for (int k = 0; k < decomposed.length(); k++) {
      char d = decomposed.charAt(k);
      if (Character.getType(d) != Character.NON_SPACING_MARK) {
        base.append(Character.toLowerCase(d));
      }
    }
    return base.toString();
  }

  String original() {
    return original;
  }

  String folded() {
    return folded;
  }

  /** Original offset of the folded character at {@code index}. */
  int originalStart(int index) {
    return origin[index];
  }

  /** Original offset just past the folded range ending at {@code end} (exclusive). */
  int originalEnd(int end) {
    return origin[end - 1] + 1;
  }

  /** True if {@code [start, end)} is not glued to further letters or digits on either side. */
  boolean isWholeWord(int start, int end) {
    boolean left = start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1));
    boolean right =
        end >= folded.length()
            || !Character.isLetterOrDigit(folded.charAt(end))
            || !Character.isLetterOrDigit(folded.charAt(end - 1));
    return left && right;
  }
}
