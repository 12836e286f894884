package io.tellerline.privacy.detection;

import java.util.Set;

/**
 * Name parts that are also everyday words ("Will", "Klein", "Lange"). Such a part stands alone only
 * when typed with a capital letter and not at the start of a sentence; otherwise it is reported
 * only next to another name part ("Mark Lange here"). So "I will pay" and "ein klein wenig" stay
 * untouched while "Herr Klein" is found. German nouns are capitalised anyway, so the list holds
 * adjectives, verbs and month names rather than nouns.
 */
final class CommonWords {
  private static final Set<String> WORDS =
      Set.of(
          "will", "mark", "may", "june", "april", "august", "grace", "hope", "joy", "rose", "bill",
          "frank", "art", "faith", "sunny", "summer", "klein", "lange", "lang", "kurz", "jung",
          "alt", "neu", "braun", "schwarz", "weiss", "gross", "kluge", "frei", "fromm", "still",
          "young", "long", "short", "white", "black", "brown", "green", "king", "rich", "bank");

  private CommonWords() {}

  static boolean standsAlone(String spelling, FoldedText folded, int at) {
    if (!WORDS.contains(spelling)) {
      return true;
    }
    int start = folded.originalStart(at);
    String original = folded.original();
    return Character.isUpperCase(original.charAt(start)) && !sentenceStart(original, start);
  }

  private static boolean sentenceStart(String text, int start) {
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
  }
}
