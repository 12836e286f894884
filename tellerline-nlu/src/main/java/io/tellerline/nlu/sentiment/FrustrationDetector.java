package io.tellerline.nlu.sentiment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
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
    return train(readBundledExamples(), 0.5);
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
          DocumentCategorizerME.train("xx", stream, parameters, factory()), threshold);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private static DoccatFactory factory() {
    try {
      return new DoccatFactory(
          new FeatureGenerator[] {
            new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
          });
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("bigram feature generator rejected fixed parameters", e);
    }
  }
}
