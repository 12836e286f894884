package io.tellerline.privacy.detection;

import java.util.List;

/**
 * A message prepared once for all detectors: a lower-cased copy of the same length (for context
 * words) and cheap flags that let detectors skip most messages, which carry no numbers at all.
 */
final class ScannedText {
  private final String text;
  private final String lower;
  private final boolean hasDigit;
  private final boolean hasAt;
  private List<DigitRun> runs;

  ScannedText(String text) {
    this.text = text;
    char[] chars = new char[text.length()];
    boolean digit = false;
    boolean at = false;
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      // Per character, so offsets stay aligned with the original (String.toLowerCase may not).
      chars[i] = Character.toLowerCase(c);
      digit |= c >= '0' && c <= '9';
      at |= c == '@';
    }
    this.lower = new String(chars);
    this.hasDigit = digit;
    this.hasAt = at;
  }

  String text() {
    return text;
  }

  String lower() {
    return lower;
  }

  boolean hasDigit() {
    return hasDigit;
  }

  boolean hasAt() {
    return hasAt;
  }

  /** Digit runs, found on first use and shared by the numeric detectors. */
  List<DigitRun> runs() {
    if (runs == null) {
      runs = hasDigit ? DigitRun.find(text) : List.of();
    }
    return runs;
  }

  int length() {
    return text.length();
  }
}
