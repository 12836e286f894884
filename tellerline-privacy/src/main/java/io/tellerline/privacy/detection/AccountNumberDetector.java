package io.tellerline.privacy.detection;

import java.util.List;

/**
 * The demo bank's own account numbers: the 10-digit German Kontonummer that forms the last ten
 * digits of its IBANs (DE89 3704 0044 <b>0532 0130 00</b>), typed with its leading zeros, compact
 * or in groups ("0532013000", "0532 0130 00", "053-201-3000"). Ten digits alone are as likely an
 * amount, an order or a phone number, so a word such as Konto, Kontonummer, Kto, account, acct or
 * a/c must stand within 30 characters before or 20 after, and nearer than any word naming another
 * kind of number.
 */
final class AccountNumberDetector implements Detector {
  static final int DIGITS = 10;
  private static final ContextWords ACCOUNT =
      ContextWords.of(
          "konto",
          "girokonto",
          "sparkonto",
          "kto",
          "kontonr",
          "account",
          "acct",
          "acc no",
          "acc.",
          "a/c",
          "accountnumber");

  @Override
  public void detect(ScannedText text, List<PiiSpan> out) {
    for (DigitRun run : text.runs()) {
      if (dialledInternationally(text.text(), run.start())) {
        continue;
      }
      for (int[] window : run.windows(text.text(), DIGITS)) {
        int start = run.groupStarts()[window[0]];
        int end = run.groupEnds()[window[1] - 1];
        if (NumberContext.confirmed(ACCOUNT, text.lower(), start, end, 30, 20)) {
          out.add(new PiiSpan(start, end, PiiType.ACCOUNT, 0.9));
        }
      }
    }
  }

  /** "+44 20 7946 0958": a run after a plus sign is a phone number, whatever words stand near. */
  private static boolean dialledInternationally(String text, int runStart) {
    int before = runStart - 1;
    if (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before >= 0 && text.charAt(before) == '+';
  }
}
