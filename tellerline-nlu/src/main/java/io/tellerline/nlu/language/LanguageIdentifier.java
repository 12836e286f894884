package io.tellerline.nlu.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's language detector (103 languages, model from the opennlp-models-langdetect
 * artifact). Short messages are unreliable ("ok", "danke!"), so below a minimum number of letters,
 * or without a clear winner among English and German, the customer's profile language is used.
 */
public final class LanguageIdentifier {

  static final int MIN_LETTERS = 15;

  /** How many times likelier than the other served language the chosen one must be. */
  static final double MIN_MARGIN = 2.0;

  /**
   * How many times likelier than English and German another language must be before the message is
   * taken as written in it. High on purpose: a German message with typos looks Dutch or
   * Luxembourgish to the detector, and a customer must never be told "I don't speak your language"
   * in her own language.
   */
  static final double MIN_FOREIGN_MARGIN = 1.8;

  /** Letters a message needs before it can be taken as written in another language. */
  static final int MIN_FOREIGN_LETTERS = 12;

  private static final String MODEL = "/langdetect-183.bin";

  /** ISO 639-3 codes the detector returns, for the languages Tellerline serves. */
  private static final Map<String, String> SUPPORTED = Map.of("eng", "en", "deu", "de");

  private final LanguageDetectorME detector;

  private LanguageIdentifier(LanguageDetectorModel model) {
    this.detector = new LanguageDetectorME(model);
  }

  public static LanguageIdentifier load() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("language model " + MODEL + " missing from the class path");
      }
      return new LanguageIdentifier(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param profileLanguage the customer's preferred language, the fallback for unclear text
   */
  public LanguageGuess identify(String text, String profileLanguage) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    if (letters < MIN_FOREIGN_LETTERS) {
      return new LanguageGuess(profileLanguage, 0, true);
    }
    Language[] candidates = detector.predictLanguages(text.toLowerCase(Locale.ROOT));
    if (clearlyForeign(candidates)) {
      return new LanguageGuess(profileLanguage, candidates[0].getConfidence(), true, true);
    }
    if (letters < MIN_LETTERS) {
      return new LanguageGuess(profileLanguage, 0, true);
    }
    // The detector spreads its probability over 103 languages (German is often close to Dutch or
    // Luxembourgish): decide between the languages Tellerline serves, by a clear margin.
    String best = null;
    double bestScore = 0;
    double secondScore = 0;
    for (Language candidate : candidates) {
      String language = SUPPORTED.get(candidate.getLang());
      if (language == null) {
        continue;
      }
      if (best == null) {
        best = language;
        bestScore = candidate.getConfidence();
      } else {
        secondScore = candidate.getConfidence();
        break;
      }
    }
    if (best == null || bestScore < MIN_MARGIN * secondScore) {
      return new LanguageGuess(profileLanguage, bestScore, true);
    }
    return new LanguageGuess(best, bestScore / (bestScore + secondScore), false);
  }

  /** The most likely language is not served and far likelier than either served language. */
  private static boolean clearlyForeign(Language[] candidates) {
    if (candidates.length == 0 || SUPPORTED.containsKey(candidates[0].getLang())) {
      return false;
    }
    double served = 0;
    for (Language candidate : candidates) {
      if (SUPPORTED.containsKey(candidate.getLang())) {
        served = Math.max(served, candidate.getConfidence());
      }
    }
    return candidates[0].getConfidence() >= MIN_FOREIGN_MARGIN * served;
  }
}
