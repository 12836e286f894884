package io.tellerline.privacy.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers, validated by libphonenumber's numbering plans. International numbers (+ or 00)
 * are accepted for any country. National numbers are tried for the bank's markets DE, AT, CH, GB
 * (they start with the trunk prefix 0) and US (typed as (212) 555-0147, 212-555-0147 or
 * 212.555.0147). Anything else that happens to be a valid number needs a word such as phone,
 * Telefon, Handy or call nearby, and a nearby order/reference/code word vetoes a national number.
 */
final class PhoneDetector implements Detector {
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+])(?:\\+ ?|00)?\\(?\\d[\\d \\-./()]{4,22}\\d(?![\\p{L}\\p{N}])");
  private static final Pattern US_FORMAT =
      Pattern.compile("\\(\\d{3}\\) ?\\d{3}[ \\-.]\\d{4}|\\d{3}([\\-.])\\d{3}\\1\\d{4}");
  private static final List<String> TRUNK_REGIONS = List.of("DE", "AT", "CH", "GB");
  private static final List<String> ALL_REGIONS = List.of("DE", "AT", "CH", "GB", "US");
  private static final ContextWords PHONE =
      ContextWords.of(
          "phone",
          "telephone",
          "tel",
          "mobile",
          "cell",
          "call",
          "ring",
          "my number",
          "reach me",
          "fax",
          "whatsapp",
          "telefon",
          "handy",
          "mobil",
          "ruf",
          "anruf",
          "erreichbar",
          "festnetz",
          "meine nummer");

  /** Shapes that are dates or US SSNs, never typed phone numbers. */
  private static final Pattern NOT_A_PHONE =
      Pattern.compile("\\d{1,2}([./\\-])\\d{1,2}\\1\\d{2,4}|\\d{3}-\\d{2}-\\d{4}");

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @Override
  public void detect(ScannedText text, List<PiiSpan> out) {
    if (!text.hasDigit()) {
      return;
    }
    Matcher m = CANDIDATE.matcher(text.text());
    while (m.find()) {
      int end = trimEnd(text.text(), m.start(), m.end());
      String candidate = text.text().substring(m.start(), end);
      int digits = countDigits(candidate);
      if (digits >= 7 && digits <= 15 && !NOT_A_PHONE.matcher(candidate).matches()) {
        double confidence = judge(text, candidate, m.start(), end);
        if (confidence > 0) {
          out.add(new PiiSpan(m.start(), end, PiiType.PHONE, confidence));
        }
      }
    }
  }

  private static double judge(ScannedText text, String candidate, int start, int end) {
    if (candidate.startsWith("+") || candidate.startsWith("00")) {
      return validIn(candidate, List.of("DE")) ? 0.95 : 0;
    }
    String lower = text.lower();
    if (NumberContext.contradicted(lower, start, end, 25, 10)) {
      return 0;
    }
    boolean context = PHONE.near(lower, start, end, 30, 15);
    boolean trunk = candidate.startsWith("0") || candidate.startsWith("(0");
    if (trunk && validIn(candidate, TRUNK_REGIONS)) {
      return context ? 0.93 : 0.85;
    }
    boolean usFormat = US_FORMAT.matcher(candidate).matches();
    if ((usFormat || context) && validIn(candidate, ALL_REGIONS)) {
      return context ? 0.9 : 0.8;
    }
    return 0;
  }

  private static boolean validIn(String candidate, List<String> regions) {
    for (String region : regions) {
      try {
        PhoneNumber number = UTIL.parse(candidate, region);
        if (UTIL.isValidNumber(number)) {
          return true;
        }
      } catch (NumberParseException notANumber) {
        // not a number in this region's plan; try the next
      }
    }
    return false;
  }

  /**
   * The candidate pattern may end on a closing parenthesis; drop unbalanced trailing punctuation.
   */
  private static int trimEnd(String text, int start, int end) {
    while (end > start && !Character.isDigit(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int countDigits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isDigit(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
