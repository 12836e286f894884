package io.tellerline.privacy.detection;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: a local part, "@", and a domain with at least one dot and an alphabetic
 * top-level domain; international letters allowed. Skipped entirely for messages without "@".
 */
final class EmailDetector implements Detector {
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}_%+\\-]+(?:\\.[\\p{L}\\p{N}_%+\\-]+)*"
              + "@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,24}(?![\\p{L}\\p{N}])");

  @Override
  public void detect(ScannedText text, List<PiiSpan> out) {
    if (!text.hasAt()) {
      return;
    }
    Matcher m = EMAIL.matcher(text.text());
    while (m.find()) {
      out.add(new PiiSpan(m.start(), m.end(), PiiType.EMAIL, 0.98));
    }
  }
}
