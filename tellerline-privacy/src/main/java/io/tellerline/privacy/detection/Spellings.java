package io.tellerline.privacy.detection;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The folded spellings under which a profile value may be typed: as is without accents ("muller"),
 * with German umlauts transliterated ("mueller"), and, for values stored transliterated, with the
 * umlaut form folded ("Mueller" on file, "Müller" typed).
 */
final class Spellings {
  private Spellings() {}

  static Set<String> of(String value) {
    Set<String> spellings = new LinkedHashSet<>();
    String plain = FoldedText.fold(value);
    spellings.add(plain);
    spellings.add(FoldedText.fold(transliterate(value)));
    if (plain.length() >= 5 && plain.matches(".*[aou]e.*") && !value.matches(".*[äöüÄÖÜ].*")) {
      String folded = plain.replace("ae", "a").replace("oe", "o").replace("ue", "u");
      if (folded.length() >= 4) {
        spellings.add(folded);
      }
    }
    spellings.remove("");
    return spellings;
  }

  private static String transliterate(String value) {
    return value
        .replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue");
  }
}
