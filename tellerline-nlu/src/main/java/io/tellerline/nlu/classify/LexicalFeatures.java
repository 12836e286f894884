package io.tellerline.nlu.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.tartarus.snowball.ext.German2Stemmer;

/**
 * Spelling-tolerant word features for the lexical head, written with German in mind (the embedding
 * model only knows English): folded words, word bigrams, crude stems and character 2–5-grams of
 * each word with its boundaries marked. Folding maps "Gebühr", "Gebuehr" and "gebuhr" close
 * together; the n-grams share the pieces of compounds ("Tagesgeldkonto", "Konto") and inflections.
 */
public final class LexicalFeatures {

  /** Names the features, so that a change of them retrains the shipped model. */
  public static final String DESCRIPTION =
      "folded words+bigrams+stems+snowball-german2-stems+char-2-5-grams";

  static final int MIN_N = 2;
  static final int MAX_N = 5;

  /** Longest first: the first that leaves a stem of at least {@link #MIN_STEM} letters wins. */
  private static final String[] SUFFIXES = {
    "ungen", "ung", "heit", "keit", "lich", "isch", "ern", "em", "en", "er", "es", "st", "e", "n",
    "s", "t"
  };

  private static final int MIN_STEM = 4;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private LexicalFeatures() {}

  /** Lower case, German umlauts and ß spelled out (ä → ae, ß → ss), other accents dropped. */
  public static String fold(String text) {
    String lower =
        text.toLowerCase(Locale.ROOT)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** OpenNLP's tokens of the folded text, punctuation-only tokens dropped. */
  public static String[] tokens(String text) {
    return Arrays.stream(SimpleTokenizer.INSTANCE.tokenize(fold(text)))
        .filter(token -> token.chars().anyMatch(Character::isLetterOrDigit))
        .toArray(String[]::new);
  }

  /** Strips one common German (or English) ending: "Überweisungen" and "überweisen" meet. */
  static String stem(String word) {
    for (String suffix : SUFFIXES) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }

  public static List<String> of(String text) {
    String[] words = tokens(text);
    List<String> features = new ArrayList<>();
    German2Stemmer german = new German2Stemmer(); // not thread-safe: one per message
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      features.add("w=" + word);
      features.add("s=" + stem(word));
      german.setCurrent(word);
      german.stem();
      features.add("g=" + german.getCurrent());
      if (i + 1 < words.length) {
        features.add("b=" + word + "_" + words[i + 1]);
      }
      String marked = "<" + word + ">";
      for (int n = MIN_N; n <= MAX_N; n++) {
        for (int at = 0; at + n <= marked.length(); at++) {
          features.add("c=" + marked.substring(at, at + n));
        }
      }
    }
    return features;
  }
}
