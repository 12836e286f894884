package io.tellerline.nlu.classify;

import java.util.Arrays;
import java.util.Locale;
import opennlp.tools.tokenize.SimpleTokenizer;

/** Word tokens for the bag-of-words head: lower case, letters and digits only. */
public final class Tokens {

  private Tokens() {}

  public static String[] of(String text) {
    return Arrays.stream(SimpleTokenizer.INSTANCE.tokenize(text.toLowerCase(Locale.ROOT)))
        .filter(token -> token.chars().anyMatch(Character::isLetterOrDigit))
        .toArray(String[]::new);
  }
}
