package io.tellerline.nlu.sentiment;

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
import java.util.Random;
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
 * the bundled {@code corpus/frustration-train.csv} ({@code text,language,label}); the build stores
 * the trained detector in the jar, so the application does not train it at start-up.
 */
public final class FrustrationDetector {

  public static final String FRUSTRATED = "frustrated";

  /** Where the build puts the detector trained from the bundled data. */
  public static final String BUNDLED_MODEL = "/io/tellerline/nlu/model/tellerline-frustration.tlm";

  private static final String TRAINING = "/io/tellerline/nlu/corpus/frustration-train.csv";
  private static final int FORMAT = 1;
  private static final int CALM = 0;

  /**
   * How the detector is trained and combined. The shipped values were chosen by 5-fold
   * cross-validation on the training set only (never the evaluation set); see BENCHMARKS.md.
   */
  public record Settings(
      int maxentIterations,
      SoftmaxRegression.Settings embedding,
      double maxentWeight,
      double threshold) {

    public static Settings shipped() {
      return new Settings(150, new SoftmaxRegression.Settings(1e-2, 30, 0.001, 64, 42), 0.5, 0.45);
    }

    public Settings withThreshold(double value) {
      return new Settings(maxentIterations, embedding, maxentWeight, value);
    }

    /** Names every setting, so that a change of them retrains the shipped detector. */
    public String describe() {
      return "maxent.iterations="
          + maxentIterations
          + ";maxent.features="
          + MaxentText.FEATURES
          + "+cues;embedding="
          + embedding
          + ";maxentWeight="
          + maxentWeight
          + ";threshold="
          + threshold;
    }
  }

  /** The result for one message. */
  public record Frustration(boolean frustrated, double probability) {}

  /** One labelled message of a frustration data set. */
  public record Example(String text, String language, boolean frustrated) {}

  private final DoccatModel maxent;
  private final SoftmaxRegression embedding;
  private final SentenceEncoder encoder;
  private final double maxentWeight;
  private final double threshold;
  private final String version;

  private FrustrationDetector(
      DoccatModel maxent,
      SoftmaxRegression embedding,
      SentenceEncoder encoder,
      double maxentWeight,
      double threshold,
      String version) {
    this.maxent = maxent;
    this.embedding = embedding;
    this.encoder = encoder;
    this.maxentWeight = maxentWeight;
    this.threshold = threshold;
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
      samples.add(
          new DocumentSample(e.frustrated() ? FRUSTRATED : "calm", FrustrationCues.of(e.text())));
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
          maxent,
          regression,
          encoder,
          settings.maxentWeight(),
          settings.threshold(),
          version(examples, encoder, settings));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /**
   * The threshold that maximises the smaller of precision and recall in k-fold cross-validation on
   * the given examples (never on evaluation data), with the other settings as given.
   */
  public static double chooseThreshold(
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
        probability[i] = detector.assess(examples.get(i).text(), embeddings[i]).probability();
      }
    }
    double best = 0.5;
    double bestScore = -1;
    for (int step = 0; step <= 32; step++) {
      double t = 0.10 + 0.025 * step;
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < examples.size(); i++) {
        boolean said = probability[i] >= t;
        boolean truth = examples.get(i).frustrated();
        tp += said && truth ? 1 : 0;
        fp += said && !truth ? 1 : 0;
        fn += !said && truth ? 1 : 0;
      }
      double score =
          Math.min(tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn));
      if (score > bestScore) {
        bestScore = score;
        best = t;
      }
    }
    return Math.round(best * 1000) / 1000.0;
  }

  public Frustration assess(String text) {
    return assess(text, encoder.encode(text));
  }

  /** With the message's embedding computed beforehand (the pipeline shares it with intents). */
  public Frustration assess(String text, float[] vector) {
    DocumentCategorizerME categorizer = new DocumentCategorizerME(maxent);
    double[] outcomes = categorizer.categorize(FrustrationCues.of(text));
    double p =
        maxentWeight * outcomes[categorizer.getIndex(FRUSTRATED)]
            + (1 - maxentWeight) * embedding.probabilities(vector)[1];
    return new Frustration(p >= threshold, p);
  }

  /** Names training data, settings and encoder. */
  public String version() {
    return version;
  }

  public double threshold() {
    return threshold;
  }

  public void write(OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(target);
    out.writeInt(FORMAT);
    out.writeUTF(version);
    out.writeUTF(encoder.modelId());
    out.writeDouble(maxentWeight);
    out.writeDouble(threshold);
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
    double threshold = in.readDouble();
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    DoccatModel maxent = new DoccatModel(new ByteArrayInputStream(bytes));
    SoftmaxRegression regression = SoftmaxRegression.read(in);
    return new FrustrationDetector(maxent, regression, encoder, maxentWeight, threshold, version);
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
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
