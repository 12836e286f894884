package io.tellerline.privacy.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs typed compact or in groups ("DE89 3704 0044 0532 0130 00", "de89-3704-…"), any case. A
 * candidate starts with a registry country code and two check digits; exactly as many letters and
 * digits as that country's IBAN length are read on, each optionally after one or two separator
 * characters (a double space, " - "), and the result must pass MOD 97-10 and not run on into
 * further letters or digits.
 */
final class IbanDetector implements Detector {
  private static final Pattern START = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{2}\\d{2}");

  @Override
  public void detect(ScannedText text, List<PiiSpan> out) {
    if (!text.hasDigit()) {
      return;
    }
    Matcher start = START.matcher(text.text());
    while (start.find()) {
      int length = IbanRegistry.length(start.group().substring(0, 2).toUpperCase(Locale.ROOT));
      if (length > 0) {
        readIban(text.text(), start.start(), length, out);
      }
    }
  }

  private static void readIban(String text, int start, int length, List<PiiSpan> out) {
    StringBuilder iban = new StringBuilder(length).append(text, start, start + 4);
    int i = start + 4;
    while (iban.length() < length && i < text.length()) {
      i = skipSeparators(text, i);
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (!isAlnum(c)) {
        return;
      }
      iban.append(c);
      i++;
    }
    boolean endsClean = i >= text.length() || !isAlnum(text.charAt(i));
    if (iban.length() == length && endsClean && Checksums.ibanMod97(iban)) {
      out.add(new PiiSpan(start, i, PiiType.IBAN, 0.99));
    }
  }

  /** Skips one or two separator characters if a letter or digit follows them. */
  private static int skipSeparators(String text, int i) {
    for (int skip = 1; skip <= 2 && i + skip < text.length(); skip++) {
      if (!isSeparator(text.charAt(i + skip - 1))) {
        return i;
      }
      if (isAlnum(text.charAt(i + skip))) {
        return i + skip;
      }
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.';
  }

  private static boolean isAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
