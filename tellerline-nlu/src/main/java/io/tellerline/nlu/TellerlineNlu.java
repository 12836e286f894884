package io.tellerline.nlu;

import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.nlu.classify.ModelArtifact;
import io.tellerline.nlu.embedding.OnnxSentenceEncoder;
import io.tellerline.nlu.embedding.SentenceEncoder;
import io.tellerline.nlu.language.LanguageGuess;
import io.tellerline.nlu.language.LanguageIdentifier;
import io.tellerline.nlu.sentiment.FrustrationDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The whole NLU pipeline for one message: language (with the profile language as fallback), intent
 * with out-of-scope detection, and frustration. Loads the intent and frustration models that the
 * build trained from Tellerline's own data. The message is embedded once, for both. Thread-safe.
 */
public final class TellerlineNlu {

  /** Where the build puts the model trained from the bundled corpus. */
  public static final String BUNDLED_MODEL = "/io/tellerline/nlu/model/tellerline-intents.tlm";

  private final SentenceEncoder encoder;
  private final LanguageIdentifier languages;
  private final IntentModel intents;
  private final Properties manifest;
  private final FrustrationDetector frustration;

  private TellerlineNlu(
      SentenceEncoder encoder,
      LanguageIdentifier languages,
      IntentModel intents,
      Properties manifest,
      FrustrationDetector frustration) {
    this.encoder = encoder;
    this.languages = languages;
    this.intents = intents;
    this.manifest = manifest;
    this.frustration = frustration;
  }

  public static TellerlineNlu loadBundled() {
    try (InputStream in = TellerlineNlu.class.getResourceAsStream(BUNDLED_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "intent model " + BUNDLED_MODEL + " missing: build tellerline-nlu");
      }
      SentenceEncoder encoder = new OnnxSentenceEncoder();
      ModelArtifact.Loaded loaded = ModelArtifact.read(in, encoder);
      return new TellerlineNlu(
          encoder,
          LanguageIdentifier.load(),
          loaded.model(),
          loaded.manifest(),
          FrustrationDetector.loadBundled(encoder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A pipeline from models trained elsewhere (benchmarks and experiments with another encoder); the
   * models must have been trained with {@code encoder}.
   */
  public static TellerlineNlu of(
      SentenceEncoder encoder, IntentModel intents, FrustrationDetector frustration) {
    return new TellerlineNlu(
        encoder, LanguageIdentifier.load(), intents, new Properties(), frustration);
  }

  /**
   * The same pipeline with another intent model (a release in the running system), sharing the
   * encoder, the language identifier and the frustration detector. The model must have been trained
   * with this pipeline's {@link #encoder()}.
   */
  public TellerlineNlu withIntentModel(ModelArtifact.Loaded loaded) {
    return new TellerlineNlu(encoder, languages, loaded.model(), loaded.manifest(), frustration);
  }

  /** Reads an intent model artifact for this pipeline's encoder. */
  public ModelArtifact.Loaded readIntentModel(byte[] artifact) {
    try {
      return ModelArtifact.read(new java.io.ByteArrayInputStream(artifact), encoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of the intent model the build trained (as {@link #loadBundled} loads it). */
  public static byte[] bundledIntentArtifact() {
    try (InputStream in = TellerlineNlu.class.getResourceAsStream(BUNDLED_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "intent model " + BUNDLED_MODEL + " missing: build tellerline-nlu");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SentenceEncoder encoder() {
    return encoder;
  }

  public IntentModel intentModel() {
    return intents;
  }

  public FrustrationDetector frustration() {
    return frustration;
  }

  /** The sentence encoder's vector for a text (unit length, as the models see it). */
  public float[] embed(String text) {
    return encoder.encode(text);
  }

  public MessageAnalysis analyse(String text, String profileLanguage) {
    LanguageGuess language = languages.identify(text, profileLanguage);
    float[] embedding = encoder.encode(text);
    return new MessageAnalysis(
        language,
        intents.predict(text, embedding, language.language()),
        frustration.assess(text, embedding, language.language()));
  }

  public String modelVersion() {
    return intents.version();
  }

  public String frustrationModelVersion() {
    return frustration.version();
  }

  /** SHA-256 of the data the intent model was trained on, from its manifest. */
  public String trainingDataSha256() {
    return manifest.getProperty("trainingData.sha256");
  }
}
