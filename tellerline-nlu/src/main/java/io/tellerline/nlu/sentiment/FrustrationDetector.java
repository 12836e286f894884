package io.tellerline.nlu.sentiment;

import io.tellerline.nlu.IntentCorpus;
import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.nlu.classify.MaxentText;
import io.tellerline.nlu.classify.SoftmaxRegression;
import io.tellerline.nlu.embedding.SentenceEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Says whether a customer sounds frustrated (English and German), so the conversation can go to a
 * person. The average of two parts: OpenNLP maximum entropy over words, bigrams, character 4-grams
 * and writing cues (tone lives in "!!" and capitals as much as in words), and a logistic regression
 * on the sentence embedding (it recognises complaints phrased without any angry word). Trained on
 * the bundled {@code corpus/frustration-train.csv} ({@code text,language,label}) plus every
 * utterance of the intent corpus except complaints and requests for a person, as calm examples:
 * those are the everyday requests customers really type, short and unpunctuated, and without them
 * the detector took a plain "wie viel geld hab ich noch" for anger. The word model also sees each
 * message as typed on a phone (lower case, no punctuation), so that anger is learnt from what is
 * said rather than from how it is written. The build stores the trained detector in the jar, so the
 * application does not train it at start-up.
 */
public final class FrustrationDetector {

  public static final String FRUSTRATED = "frustrated";

  /** Where the build puts the detector trained from the bundled data. */
  public static final String BUNDLED_MODEL = "/io/tellerline/nlu/model/tellerline-frustration.tlm";

  private static final String TRAINING = "/io/tellerline/nlu/corpus/frustration-train.csv";

  /** Intents whose utterances are not taken as calm examples: they may well be angry. */
  private static final Set<String> NOT_CALM_INTENTS = Set.of("complaint", "human_agent");

  private static final int FORMAT = 2;
  private static final int CALM = 0;

  /**
   * How the detector is trained and combined. The shipped values were chosen by 5-fold
   * cross-validation on the training set only (never an evaluation set): each language's threshold
   * is the lowest at which no more than {@link #MAX_FALSE_ALARM_RATE} of its calm messages are
   * taken for anger; see BENCHMARKS.md.
   *
   * @param frustratedCopies how often each angry example is shown to the word model
   * @param threshold for a language without a threshold of its own
   * @param languageThresholds per language (ISO 639-1)
   */
  public record Settings(
      int maxentIterations,
      SoftmaxRegression.Settings embedding,
      double maxentWeight,
      int frustratedCopies,
      double threshold,
      Map<String, Double> languageThresholds) {

    public Settings {
      languageThresholds = Collections.unmodifiableMap(new TreeMap<>(languageThresholds));
    }

    public static Settings shipped() {
      return new Settings(
          150,
          new SoftmaxRegression.Settings(1e-2, 30, 0.001, 64, 42),
          0.5,
          3,
          0.514,
          Map.of("en", 0.514, "de", 0.483));
    }

    /** One threshold for every language. */
    public Settings withThreshold(double value) {
      return new Settings(
          maxentIterations, embedding, maxentWeight, frustratedCopies, value, Map.of());
    }

    /** A threshold per language; other languages get the highest of them. */
    public Settings withThresholds(Map<String, Double> values) {
      double highest = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0.5);
      return new Settings(
          maxentIterations, embedding, maxentWeight, frustratedCopies, highest, values);
    }

    public Settings withMaxentWeight(double value) {
      return new Settings(
          maxentIterations, embedding, value, frustratedCopies, threshold, languageThresholds);
    }

    public double thresholdFor(String language) {
      return languageThresholds.getOrDefault(language, threshold);
    }

    /** Names every setting, so that a change of them retrains the shipped detector. */
    public String describe() {
      return "maxent.iterations="
          + maxentIterations
          + ";maxent.features="
          + MaxentText.FEATURES
          + "+cues+lexicon;frustratedCopies="
          + frustratedCopies
          + ";embedding="
          + embedding
          + ";maxentWeight="
          + maxentWeight
          + ";threshold="
          + threshold
          + ";languageThresholds="
          + languageThresholds;
    }
  }

  /** The result for one message. */
  public record Frustration(boolean frustrated, double probability) {}

  /** One labelled message of a frustration data set. */
  public record Example(String text, String language, boolean frustrated) {}

  private final DoccatModel maxent;
  private final SoftmaxRegression embedding;
  private final SentenceEncoder encoder;
  private final Settings settings;
  private final String version;

  private FrustrationDetector(
      DoccatModel maxent,
      SoftmaxRegression embedding,
      SentenceEncoder encoder,
      Settings settings,
      String version) {
    this.maxent = maxent;
    this.embedding = embedding;
    this.encoder = encoder;
    this.settings = settings;
    this.version = version;
  }

  /**
   * @param embeddings the encoder's vectors of the examples' texts, in order
   */
  public static FrustrationDetector train(
      List<Example> examples, float[][] embeddings, SentenceEncoder encoder, Settings settings) {
    List<DocumentSample> samples = new ArrayList<>();
    int[] y = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      String category = e.frustrated() ? FRUSTRATED : "calm";
      // Angry examples are far fewer than calm ones: repeating them keeps the word model from
      // learning mostly what calm looks like.
      for (int copy = 0; copy < (e.frustrated() ? settings.frustratedCopies() : 1); copy++) {
        samples.add(new DocumentSample(category, FrustrationCues.of(e.text())));
        String typed = asTypedOnAPhone(e.text());
        if (!typed.isEmpty() && !typed.equals(e.text())) {
          samples.add(new DocumentSample(category, FrustrationCues.of(typed)));
        }
      }
      y[i] = e.frustrated() ? 1 : CALM;
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.maxentIterations());
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    try (ObjectStream<DocumentSample> stream = new CollectionObjectStream<>(samples)) {
      DoccatModel maxent =
          DocumentCategorizerME.train("xx", stream, parameters, MaxentText.factory());
      SoftmaxRegression regression =
          SoftmaxRegression.train(embeddings, y, 2, settings.embedding(), epoch -> {});
      return new FrustrationDetector(
          maxent, regression, encoder, settings, version(examples, encoder, settings));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message as many customers type it: lower case, without punctuation. */
  static String asTypedOnAPhone(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[\\p{P}]+", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  public static FrustrationDetector train(
      List<Example> examples, SentenceEncoder encoder, Settings settings) {
    float[][] embeddings =
        encoder.encodeAll(examples.stream().map(Example::text).toList(), done -> {});
    return train(examples, embeddings, encoder, settings);
  }

  /** The detector the build trained from the bundled data (see {@link #BUNDLED_MODEL}). */
  public static FrustrationDetector loadBundled(SentenceEncoder encoder) {
    try (InputStream in = FrustrationDetector.class.getResourceAsStream(BUNDLED_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "frustration model " + BUNDLED_MODEL + " missing: build tellerline-nlu");
      }
      return read(in, encoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The largest share of calm messages, in each language, that may be taken for anger. */
  public static final double MAX_FALSE_ALARM_RATE = 0.01;

  /**
   * The probability each example gets from a detector trained on the other folds (k-fold
   * cross-validation on the given examples, never on evaluation data).
   */
  public static double[] crossValidatedProbabilities(
      List<Example> examples,
      float[][] embeddings,
      SentenceEncoder encoder,
      Settings settings,
      int folds,
      long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    double[] probability = new double[examples.size()];
    for (int f = 0; f < folds; f++) {
      List<Example> training = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      for (int j = 0; j < order.size(); j++) {
        if (j % folds != f) {
          training.add(examples.get(order.get(j)));
          vectors.add(embeddings[order.get(j)]);
        }
      }
      FrustrationDetector detector =
          train(training, vectors.toArray(float[][]::new), encoder, settings);
      for (int j = f; j < order.size(); j += folds) {
        int i = order.get(j);
        probability[i] =
            detector
                .assess(examples.get(i).text(), embeddings[i], examples.get(i).language())
                .probability();
      }
    }
    return probability;
  }

  /**
   * The operating point for precision, per language: the lowest threshold (most anger caught) at
   * which at most {@link #MAX_FALSE_ALARM_RATE} of the calm examples score at or above it. A false
   * alarm costs a calm customer a queue and an apology for anger she never felt; a miss is still
   * caught by the two-misunderstandings rule and the "talk to a person" button.
   */
  public static Map<String, Double> chooseThresholds(List<Example> examples, double[] probability) {
    Map<String, Double> thresholds = new TreeMap<>();
    for (String language : languages(examples)) {
      List<Double> calm = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (!examples.get(i).frustrated() && examples.get(i).language().equals(language)) {
          calm.add(probability[i]);
        }
      }
      calm.sort(Collections.reverseOrder());
      int allowed = (int) Math.floor(MAX_FALSE_ALARM_RATE * calm.size());
      // Just above the highest calm score that would be one false alarm too many.
      double needed = allowed < calm.size() ? calm.get(allowed) + 1e-3 : 0;
      thresholds.put(language, Math.round(Math.min(needed, 0.99) * 1000) / 1000.0);
    }
    return thresholds;
  }

  private static Set<String> languages(List<Example> examples) {
    Set<String> languages = new TreeSet<>();
    examples.forEach(e -> languages.add(e.language()));
    return languages;
  }

  public Frustration assess(String text, String language) {
    return assess(text, encoder.encode(text), language);
  }

  /** With the message's embedding computed beforehand (the pipeline shares it with intents). */
  public Frustration assess(String text, float[] vector, String language) {
    DocumentCategorizerME categorizer = new DocumentCategorizerME(maxent);
    double[] outcomes = categorizer.categorize(FrustrationCues.of(text));
    double weight = settings.maxentWeight();
    double p =
        weight * outcomes[categorizer.getIndex(FRUSTRATED)]
            + (1 - weight) * embedding.probabilities(vector)[1];
    return new Frustration(p >= settings.thresholdFor(language), p);
  }

  /** Names training data, settings and encoder. */
  public String version() {
    return version;
  }

  public Settings settings() {
    return settings;
  }

  public void write(OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(target);
    out.writeInt(FORMAT);
    out.writeUTF(version);
    out.writeUTF(encoder.modelId());
    out.writeDouble(settings.maxentWeight());
    out.writeInt(settings.frustratedCopies());
    out.writeDouble(settings.threshold());
    out.writeInt(settings.languageThresholds().size());
    for (Map.Entry<String, Double> entry : settings.languageThresholds().entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeDouble(entry.getValue());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    maxent.serialize(bytes);
    out.writeInt(bytes.size());
    bytes.writeTo(out);
    embedding.write(out);
    out.flush();
  }

  /** Reads a detector; the encoder must be the one it was trained with. */
  public static FrustrationDetector read(InputStream source, SentenceEncoder encoder)
      throws IOException {
    DataInputStream in = new DataInputStream(source);
    if (in.readInt() != FORMAT) {
      throw new IOException("unsupported frustration model format");
    }
    String version = in.readUTF();
    String encoderId = in.readUTF();
    if (!encoderId.equals(encoder.modelId())) {
      throw new IOException("model needs encoder " + encoderId + ", not " + encoder.modelId());
    }
    double maxentWeight = in.readDouble();
    int frustratedCopies = in.readInt();
    double threshold = in.readDouble();
    Map<String, Double> languageThresholds = new TreeMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      languageThresholds.put(in.readUTF(), in.readDouble());
    }
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    MaxentText.allowFeatureGenerators();
    DoccatModel maxent = new DoccatModel(new ByteArrayInputStream(bytes));
    SoftmaxRegression regression = SoftmaxRegression.read(in);
    // Only the combination and the thresholds matter once trained; the rest is in the version.
    Settings settings =
        new Settings(0, null, maxentWeight, frustratedCopies, threshold, languageThresholds);
    return new FrustrationDetector(maxent, regression, encoder, settings, version);
  }

  /** The version a detector gets from these examples, encoder and settings. */
  public static String version(List<Example> examples, SentenceEncoder encoder, Settings settings) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Example e : examples) {
        digest.update(
            (e.text() + "\u0000" + e.language() + "\u0000" + e.frustrated() + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      digest.update(settings.describe().getBytes(StandardCharsets.UTF_8));
      digest.update(encoder.modelId().getBytes(StandardCharsets.UTF_8));
      return "tl-frustration-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  public static List<Example> read(byte[] csv) {
    List<Example> examples = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var parser =
        format.parse(
            new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
      for (CSVRecord row : parser) {
        examples.add(
            new Example(row.get("text"), row.get("language"), FRUSTRATED.equals(row.get("label"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return examples;
  }

  public static List<Example> readBundledExamples() {
    try (InputStream in = FrustrationDetector.class.getResourceAsStream(TRAINING)) {
      if (in == null) {
        throw new IllegalStateException("frustration training data missing: " + TRAINING);
      }
      List<Example> examples = new ArrayList<>(read(in.readAllBytes()));
      for (LabelledUtterance u : IntentCorpus.bundled().utterances()) {
        if (!NOT_CALM_INTENTS.contains(u.label())) {
          examples.add(new Example(u.text(), u.language(), false));
        }
      }
      return examples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
