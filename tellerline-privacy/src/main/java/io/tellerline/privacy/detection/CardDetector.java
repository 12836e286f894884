package io.tellerline.privacy.detection;

import java.util.List;

/**
 * Payment card numbers of 13–19 digits, compact or grouped ("4111 1111 1111 1111",
 * "3782-822463-10005"). Any window of whole digit groups inside a run is tried, longest first, so a
 * card followed by an expiry or CVC ("4111 1111 1111 1111 12/27") is still found; it must pass Luhn
 * and an issuer range.
 */
final class CardDetector implements Detector {
  private static final int MIN = 13;
  private static final int MAX = 19;

  @Override
  public void detect(ScannedText text, List<PiiSpan> out) {
    for (DigitRun run : text.runs()) {
      if (run.end() - run.start() >= MIN) {
        detectIn(text.text(), run, out);
      }
    }
  }

  private static void detectIn(String text, DigitRun run, List<PiiSpan> out) {
    int searchFrom = 0;
    while (searchFrom < run.groups()) {
      int found = longestCardFrom(text, run, searchFrom, out);
      searchFrom = found > searchFrom ? found : searchFrom + 1;
    }
  }

  /** Adds the longest card starting at group {@code from}; returns the group after it, or from. */
  private static int longestCardFrom(String text, DigitRun run, int from, List<PiiSpan> out) {
    for (int to = run.groups(); to > from; to--) {
      String digits = run.digits(text, from, to);
      if (digits.length() >= MIN
          && digits.length() <= MAX
          && Checksums.luhn(digits)
          && CardIssuers.plausible(digits)) {
        out.add(new PiiSpan(run.groupStarts()[from], run.groupEnds()[to - 1], PiiType.CARD, 0.97));
        return to;
      }
    }
    return from;
  }
}
