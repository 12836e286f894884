package io.tellerline.nlu.sentiment;

import io.tellerline.nlu.classify.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a message plus cue tokens for how it is written: shouting in capitals, repeated
 * exclamation or question marks, angry or eye-rolling emoji. Tone lives there as much as in words.
 */
final class FrustrationCues {

  private FrustrationCues() {}

  static String[] of(String text) {
    List<String> features = new ArrayList<>(List.of(Tokens.of(text)));
    features.addAll(FrustrationLexicon.cues(text));
    if (text.contains("!!")) {
      features.add("__repeated_exclamation");
    }
    if (text.contains("??") || text.contains("?!") || text.contains("!?")) {
      features.add("__repeated_question");
    }
    if (shouting(text)) {
      features.add("__shouting");
    }
    text.codePoints()
        .filter(
            cp ->
                Character.getType(cp) == Character.OTHER_SYMBOL || Character.isSurrogate((char) cp))
        .limit(3)
        .forEach(cp -> features.add("__emoji_" + Integer.toHexString(cp)));
    return features.toArray(String[]::new);
  }

  /** At least one word of three or more capital letters. */
  private static boolean shouting(String text) {
    for (String word : text.split("[^\\p{L}]+")) {
      if (word.length() >= 3
          && word.equals(word.toUpperCase())
          && !word.equals(word.toLowerCase())) {
        return true;
      }
    }
    return false;
  }
}
