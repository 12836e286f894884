package io.tellerline.privacy.detection;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK National Insurance numbers: two prefix letters, six digits, suffix A–D ("QQ 12 34 56 C" style
 * spacing or compact). Prefix rules as HMRC issues them: first letter not D, F, I, Q, U, V; second
 * not D, F, I, O, Q, U, V; never BG, GB, KN, NK, NT, TN, ZZ. Without a nearby "national insurance"
 * / NINO the number must be typed in capitals with its suffix, because "at 12 34 56" is a time or a
 * code.
 */
final class NinoDetector implements Detector {
  private static final Pattern NINO =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])([A-Za-z]{2}) ?(\\d{2}) ?(\\d{2}) ?(\\d{2})(?: ?([A-Da-d]))?(?![\\p{L}\\p{N}])");
  private static final Set<String> NEVER_ISSUED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
  private static final ContextWords NI =
      ContextWords.of(
          "national insurance",
          "nino",
          "ni number",
          "ni no",
          "ni:",
          "my ni",
          "ni-nummer",
          "insurance no");

  @Override
  public void detect(ScannedText text, List<PiiSpan> out) {
    if (!text.hasDigit()) {
      return;
    }
    Matcher m = NINO.matcher(text.text());
    while (m.find()) {
      if (validPrefix(m.group(1).toUpperCase(java.util.Locale.ROOT))) {
        boolean context = NI.near(text.lower(), m.start(), m.end(), 40, 20);
        boolean typedAsIssued = m.group(5) != null && isUpper(m.group(1)) && isUpper(m.group(5));
        if (context || typedAsIssued) {
          out.add(new PiiSpan(m.start(), m.end(), PiiType.UK_NINO, context ? 0.95 : 0.85));
        }
      }
    }
  }

  static boolean validPrefix(String prefix) {
    return "DFIQUV".indexOf(prefix.charAt(0)) < 0
        && "DFIOQUV".indexOf(prefix.charAt(1)) < 0
        && !NEVER_ISSUED.contains(prefix);
  }

  private static boolean isUpper(String s) {
    return s.chars().allMatch(Character::isUpperCase);
  }
}
