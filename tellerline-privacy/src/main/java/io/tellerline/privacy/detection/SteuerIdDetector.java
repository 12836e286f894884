package io.tellerline.privacy.detection;

import java.util.List;

/**
 * German tax identification numbers (Steuerliche Identifikationsnummer, IdNr): 11 digits, compact
 * or as printed on tax letters ("12 345 678 901"). The first digit is not 0; in the first ten
 * digits exactly one digit occurs twice or three times (three only if not all adjacent) and the
 * rest at most once; the 11th digit is the ISO 7064 MOD 11,10 check digit. Those rules reject about
 * 99.8 % of random 11-digit numbers, so no context word is required; one raises the confidence.
 */
final class SteuerIdDetector implements Detector {
  private static final ContextWords TAX_ID =
      ContextWords.of(
          "steuer",
          "idnr",
          "identifikationsnummer",
          "tax id",
          "tax identification",
          "tin",
          "tax number");

  @Override
  public void detect(ScannedText text, List<PiiSpan> out) {
    for (DigitRun run : text.runs()) {
      for (int[] window : run.windows(text.text(), 11)) {
        if (valid(run.digits(text.text(), window[0], window[1]))) {
          consider(text.lower(), run.groupStarts()[window[0]], run.groupEnds()[window[1] - 1], out);
        }
      }
    }
  }

  private static void consider(String lower, int start, int end, List<PiiSpan> out) {
    boolean context = NumberContext.confirmed(TAX_ID, lower, start, end, 40, 20);
    if (context || !NumberContext.contradicted(lower, start, end, 30, 0)) {
      out.add(new PiiSpan(start, end, PiiType.DE_TAX_ID, context ? 0.97 : 0.8));
    }
  }

  static boolean valid(String digits) {
    return digits.charAt(0) != '0'
        && repetitionRule(digits)
        && Checksums.steuerIdCheckDigit(digits);
  }

  private static boolean repetitionRule(String digits) {
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[digits.charAt(i) - '0']++;
    }
    int repeated = -1;
    for (int d = 0; d < 10; d++) {
      if (counts[d] > 1) {
        if (repeated >= 0 || counts[d] > 3) {
          return false;
        }
        repeated = d;
      }
    }
    return repeated >= 0 && (counts[repeated] == 2 || !threeInARow(digits, repeated));
  }

  private static boolean threeInARow(String digits, int digit) {
    char c = (char) ('0' + digit);
    for (int i = 0; i + 2 < 10; i++) {
      if (digits.charAt(i) == c && digits.charAt(i + 1) == c && digits.charAt(i + 2) == c) {
        return true;
      }
    }
    return false;
  }
}
