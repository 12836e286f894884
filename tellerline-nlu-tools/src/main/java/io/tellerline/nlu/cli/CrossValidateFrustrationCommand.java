package io.tellerline.nlu.cli;

import io.tellerline.nlu.build.ProgressBar;
import io.tellerline.nlu.embedding.OnnxSentenceEncoder;
import io.tellerline.nlu.embedding.SentenceEncoder;
import io.tellerline.nlu.sentiment.FrustrationDetector;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "frustration-crossval",
    description =
        "5-fold cross-validation of the frustration detector on the bundled training set: for"
            + " each word-model weight, the threshold per language chosen for at most 1 % false"
            + " alarms, and the false alarms and recall per language at it.")
final class CrossValidateFrustrationCommand implements Callable<Integer> {
  @Option(
      names = "--maxent-weights",
      split = ",",
      defaultValue = "0.5",
      description = "word-model weights to try (the embedding model gets the rest)")
  List<Double> maxentWeights;

  @Option(names = "--seed", defaultValue = "42", description = "fold seed")
  long seed;

  @Option(names = "--embedding-cache", description = "directory to keep embeddings in between runs")
  Path embeddingCache;

  @Override
  public Integer call() {
    SentenceEncoder encoder = new OnnxSentenceEncoder();
    List<FrustrationDetector.Example> training = FrustrationDetector.readBundledExamples();
    ProgressBar bar = new ProgressBar(System.err);
    float[][] vectors =
        NluCommand.encodeTexts(
            encoder,
            training.stream().map(FrustrationDetector.Example::text).toList(),
            bar,
            embeddingCache);
    bar.finish();
    FrustrationDetector.Settings shipped = FrustrationDetector.Settings.shipped();
    for (double weight : maxentWeights) {
      FrustrationDetector.Settings settings = shipped.withMaxentWeight(weight);
      double[] p =
          FrustrationDetector.crossValidatedProbabilities(
              training, vectors, encoder, settings, 5, seed);
      Map<String, Double> thresholds = FrustrationDetector.chooseThresholds(training, p);
      System.out.printf(Locale.ROOT, "maxent_weight: %.2f thresholds: %s%n", weight, thresholds);
      FrustrationTally tally = new FrustrationTally();
      for (int i = 0; i < training.size(); i++) {
        FrustrationDetector.Example e = training.get(i);
        tally.add(e.language(), e.frustrated(), p[i] >= thresholds.get(e.language()));
      }
      tally.print("  ");
    }
    return 0;
  }
}
