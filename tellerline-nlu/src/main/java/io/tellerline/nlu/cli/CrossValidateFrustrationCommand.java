package io.tellerline.nlu.cli;

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
      for (String language : List.of("en", "de")) {
        int[] c = new int[4]; // false alarms, calm, caught, frustrated
        for (int i = 0; i < training.size(); i++) {
          FrustrationDetector.Example e = training.get(i);
          if (!e.language().equals(language)) {
            continue;
          }
          boolean said = p[i] >= thresholds.get(language);
          c[e.frustrated() ? 2 : 0] += said ? 1 : 0;
          c[e.frustrated() ? 3 : 1]++;
        }
        System.out.printf(
            Locale.ROOT,
            "  %s false_alarm_rate: %.4f (%d of %d) recall: %.4f (%d of %d)%n",
            language,
            c[0] / (double) c[1],
            c[0],
            c[1],
            c[2] / (double) c[3],
            c[2],
            c[3]);
      }
    }
    return 0;
  }
}
