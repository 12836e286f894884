package io.tellerline.privacy.detection;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Street names with their usual abbreviations: "Hauptstraße" is also typed "Hauptstrasse",
 * "Hauptstr." or "Hauptstr"; "Berliner Straße" also "Berliner Str."; "Baker Street" also "Baker
 * St". Works on folded spellings, so ß has already become ss.
 */
final class StreetSpellings {
  private static final Map<String, String[]> SUFFIXES =
      Map.of(
          "strasse", new String[] {"str.", "str"},
          "street", new String[] {"st.", "st"},
          "road", new String[] {"rd.", "rd"},
          "avenue", new String[] {"ave.", "ave"},
          "lane", new String[] {"ln.", "ln"},
          "platz", new String[] {"pl."},
          "gasse", new String[] {"g."});

  private StreetSpellings() {}

  static Set<String> of(String streetName) {
    Set<String> spellings = new LinkedHashSet<>();
    for (String folded : Spellings.of(expandAbbreviation(streetName))) {
      spellings.add(folded);
      for (Map.Entry<String, String[]> suffix : SUFFIXES.entrySet()) {
        if (folded.endsWith(suffix.getKey())) {
          String stem = folded.substring(0, folded.length() - suffix.getKey().length());
          for (String abbreviation : suffix.getValue()) {
            spellings.add(stem + abbreviation);
          }
        }
      }
    }
    return spellings;
  }

  /** A profile that stores "Hauptstr." still matches the written-out form. */
  private static String expandAbbreviation(String streetName) {
    String trimmed = streetName.trim();
    if (trimmed.endsWith("str.") || trimmed.endsWith("Str.")) {
      return trimmed.substring(0, trimmed.length() - 4)
          + (trimmed.endsWith("Str.") ? "Straße" : "straße");
    }
    return trimmed;
  }
}
