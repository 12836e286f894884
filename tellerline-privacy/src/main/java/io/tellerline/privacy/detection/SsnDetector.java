package io.tellerline.privacy.detection;

import java.util.List;
import java.util.Set;

/**
 * US Social Security numbers. The usual 3-2-4 grouping ("123-45-6789", "123 45 6789") is accepted
 * on its own; nine compact digits only next to SSN / social security. Numbers the SSA never issues
 * are excluded: area 000, 666 or 900–999, group 00, serial 0000, and the two voided advertising
 * numbers.
 */
final class SsnDetector implements Detector {
  private static final ContextWords SSN = ContextWords.of("ssn", "social security", "ss#", "ss no");
  private static final Set<String> VOIDED = Set.of("078051120", "219099999");

  @Override
  public void detect(ScannedText text, List<PiiSpan> out) {
    for (DigitRun run : text.runs()) {
      String digits = run.digits(text.text(), 0, run.groups());
      if (digits.length() == 9 && issuable(digits)) {
        considerRun(text, run, out);
      }
    }
  }

  private static void considerRun(ScannedText text, DigitRun run, List<PiiSpan> out) {
    String lower = text.lower();
    boolean grouped = isThreeTwoFour(text.text(), run);
    boolean context = NumberContext.confirmed(SSN, lower, run.start(), run.end(), 30, 20);
    if (context || (grouped && !NumberContext.contradicted(lower, run.start(), run.end(), 30, 0))) {
      out.add(new PiiSpan(run.start(), run.end(), PiiType.US_SSN, context ? 0.95 : 0.85));
    }
  }

  private static boolean isThreeTwoFour(String text, DigitRun run) {
    if (run.groups() != 3 || !run.uniformSeparator(text, 0, 3)) {
      return false;
    }
    char separator = text.charAt(run.groupStarts()[1] - 1);
    int[] s = run.groupStarts();
    int[] e = run.groupEnds();
    return (separator == '-' || separator == ' ')
        && e[0] - s[0] == 3
        && e[1] - s[1] == 2
        && e[2] - s[2] == 4;
  }

  static boolean issuable(String d) {
    int area = Integer.parseInt(d.substring(0, 3));
    return area != 0
        && area != 666
        && area < 900
        && !d.startsWith("00", 3)
        && !d.startsWith("0000", 5)
        && !VOIDED.contains(d);
  }
}
