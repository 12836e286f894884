package io.tellerline.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Maximum-entropy document categorizer over words and word bigrams (Apache OpenNLP). Training is
 * deterministic: the same corpus and parameters give the same model.
 */
public final class OpenNlpIntentClassifier implements IntentClassifier {

  private static final int ALTERNATIVES = 3;

  private final DoccatModel model;
  private final String modelVersion;

  private OpenNlpIntentClassifier(DoccatModel model, String modelVersion) {
    this.model = model;
    this.modelVersion = modelVersion;
  }

  /** Trains a model; its version names the algorithm and the first 12 hex digits of the data. */
  public static OpenNlpIntentClassifier train(IntentCorpus corpus) {
    List<DocumentSample> samples =
        corpus.utterances().stream()
            .map(u -> new DocumentSample(u.intent(), tokens(u.text())))
            .toList();
    try (ObjectStream<DocumentSample> stream = new CollectionObjectStream<>(samples)) {
      DoccatModel model = DocumentCategorizerME.train("en", stream, parameters(), factory());
      return new OpenNlpIntentClassifier(
          model, "opennlp-maxent-" + corpus.sha256().substring(0, 12));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public IntentPrediction classify(String text) {
    // DocumentCategorizerME keeps per-call state: one per call is cheap and thread-safe.
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    double[] outcomes = categorizer.categorize(tokens(text));
    List<ScoredIntent> ranked =
        java.util.stream.IntStream.range(0, outcomes.length)
            .mapToObj(i -> new ScoredIntent(categorizer.getCategory(i), outcomes[i]))
            .sorted(Comparator.comparingDouble(ScoredIntent::score).reversed())
            .toList();
    ScoredIntent best = ranked.get(0);
    List<ScoredIntent> alternatives = ranked.subList(1, Math.min(ranked.size(), ALTERNATIVES + 1));
    return new IntentPrediction(best.intent(), best.score(), alternatives, modelVersion);
  }

  @Override
  public String modelVersion() {
    return modelVersion;
  }

  static String[] tokens(String text) {
    return Arrays.stream(SimpleTokenizer.INSTANCE.tokenize(text.toLowerCase(Locale.ROOT)))
        .filter(token -> token.chars().anyMatch(Character::isLetterOrDigit))
        .toArray(String[]::new);
  }

  private static TrainingParameters parameters() {
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    return parameters;
  }

  private static DoccatFactory factory() {
    try {
      return new DoccatFactory(
          new FeatureGenerator[] {
            new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
          });
    } catch (opennlp.tools.util.InvalidFormatException e) {
      throw new IllegalStateException("bigram feature generator rejected fixed parameters", e);
    }
  }
}
