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
    if (letters < MIN_LETTERS) {
      return new LanguageGuess(profileLanguage, 0, true);
    }
    // The detector spreads its probability over 103 languages (German is often close to Dutch or
    // Luxembourgish): decide between the languages Tellerline serves, by a clear margin.
    String best = null;
    double bestScore = 0;
    double secondScore = 0;
    for (Language candidate : detector.predictLanguages(text.toLowerCase(Locale.ROOT))) {
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
}
