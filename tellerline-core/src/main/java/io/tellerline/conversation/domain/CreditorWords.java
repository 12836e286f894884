package io.tellerline.conversation.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a customer's message names a creditor or a payee: by its name (the whole name, or one
 * distinctive word of it: "PureGym", "Netflix", "Mia"), or for a creditor by what kind it is ("the
 * gym" is a fitness creditor, "die Versicherung" an insurer), in English or German.
 */
public final class CreditorWords {

  /** Words of a name too common to tell one creditor from another. */
  private static final Set<String> GENERIC =
      Set.of("gmbh", "ltd", "limited", "group", "bank", "und", "and", "the", "der", "die", "das");

  private static final Map<String, List<String>> KINDS =
      Map.of(
          "fitness",
          List.of("gym", "fitness", "sport", "studio", "workout", "training"),
          "insurance",
          List.of("insur", "versicher", "assur"),
          "telecom",
          List.of("phone", "mobile", "cell", "handy", "telefon", "mobilfunk", "internet", "dsl"),
          "streaming",
          List.of("stream", "tv", "video", "film", "movie", "serie", "fernseh"),
          "utilities",
          List.of("electric", "power", "energy", "gas", "water", "strom", "energie", "wasser"));

  private CreditorWords() {}

  /** Whether the text names this creditor, by name or by its kind. */
  public static boolean fits(String text, String creditor, String category) {
    String words = words(text);
    return mentionsIn(words, creditor)
        || KINDS.getOrDefault(category, List.of()).stream()
            .anyMatch(stem -> Pattern.compile(" " + stem).matcher(words).find());
  }

  /** Whether the text names this payee or creditor: its whole name or a distinctive word of it. */
  public static boolean mentions(String text, String name) {
    return mentionsIn(words(text), name);
  }

  private static boolean mentionsIn(String words, String name) {
    String full = words(name).strip();
    if (full.isEmpty()) {
      return false;
    }
    if (words.contains(" " + full + " ")) {
      return true;
    }
    for (String part : full.split(" +")) {
      if (part.length() >= 3 && !GENERIC.contains(part) && words.contains(" " + part + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, letters and digits only, one space between words and one at each end. */
  private static String words(String text) {
    return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }
}
