package io.tellerline.nlu.sentiment;

import io.tellerline.nlu.classify.MaxentText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * person. OpenNLP maximum entropy over words, bigrams and writing cues; trained on the bundled
 * {@code corpus/frustration-train.csv} ({@code text,language,label}).
 */
public final class FrustrationDetector {

  public static final String FRUSTRATED = "frustrated";

  /**
   * Chosen by 5-fold cross-validation on the training set (the CLI's {@code frustration
   * --choose-threshold}), maximising the smaller of precision and recall; see BENCHMARKS.md.
   */
  static final double SHIPPED_THRESHOLD = 0.4;

  private static final String TRAINING = "/io/tellerline/nlu/corpus/frustration-train.csv";

  /** The result for one message. */
  public record Frustration(boolean frustrated, double probability) {}

  /** One labelled message of a frustration data set. */
  public record Example(String text, String language, boolean frustrated) {}

  private final DoccatModel model;
  private final double threshold;

  private FrustrationDetector(DoccatModel model, double threshold) {
    this.model = model;
    this.threshold = threshold;
  }

  public static FrustrationDetector trainBundled() {
    return train(readBundledExamples(), SHIPPED_THRESHOLD);
  }

  public static FrustrationDetector train(List<Example> examples, double threshold) {
    List<DocumentSample> samples = new ArrayList<>();
    for (Example e : examples) {
      samples.add(
          new DocumentSample(e.frustrated() ? FRUSTRATED : "calm", FrustrationCues.of(e.text())));
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 150);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    try (ObjectStream<DocumentSample> stream = new CollectionObjectStream<>(samples)) {
      return new FrustrationDetector(
          DocumentCategorizerME.train("xx", stream, parameters, MaxentText.factory()), threshold);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The threshold that maximises the smaller of precision and recall in k-fold cross-validation on
   * the given examples (never on evaluation data).
   */
  public static double chooseThreshold(List<Example> examples, int folds, long seed) {
    List<Example> shuffled = new ArrayList<>(examples);
    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
    double[] probability = new double[shuffled.size()];
    for (int f = 0; f < folds; f++) {
      List<Example> training = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        if (i % folds != f) {
          training.add(shuffled.get(i));
        }
      }
      FrustrationDetector detector = train(training, 0.5);
      for (int i = f; i < shuffled.size(); i += folds) {
        probability[i] = detector.assess(shuffled.get(i).text()).probability();
      }
    }
    double best = 0.5;
    double bestScore = -1;
    for (double t = 0.10; t <= 0.90; t += 0.025) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < shuffled.size(); i++) {
        boolean said = probability[i] >= t;
        boolean truth = shuffled.get(i).frustrated();
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
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    double[] outcomes = categorizer.categorize(FrustrationCues.of(text));
    double p = outcomes[categorizer.getIndex(FRUSTRATED)];
    return new Frustration(p >= threshold, p);
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
