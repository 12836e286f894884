package io.tellerline.nlu.cli;

import io.tellerline.nlu.build.ProgressBar;
import io.tellerline.nlu.embedding.OnnxSentenceEncoder;
import io.tellerline.nlu.embedding.SentenceEncoder;
import io.tellerline.nlu.sentiment.FrustrationDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "frustration",
    description =
        "Train the frustration detector on the bundled training set (shipped settings) and"
            + " evaluate it on a CSV of text,language,label.")
final class EvaluateFrustrationCommand implements Callable<Integer> {
  @Option(names = "--test", required = true)
  Path test;

  @Option(
      names = "--threshold",
      description = "probability from which a message counts as frustrated")
  Double threshold;

  @Option(
      names = "--choose-threshold",
      description = "choose the threshold by 5-fold cross-validation on the training set")
  boolean chooseThreshold;

  @Option(
      names = "--maxent-weight",
      description = "weight of the word model; the embedding model gets the rest")
  Double maxentWeight;

  @Option(names = "--embedding-cache", description = "directory to keep embeddings in between runs")
  Path embeddingCache;

  @Option(
      names = "--encoder",
      defaultValue = "bge-small-en-v1.5-q",
      description =
          "sentence encoder: bge-small-en-v1.5-q (shipped), all-minilm-l6-v2-q or"
              + " all-minilm-l6-v2-q-mean-max")
  String encoderName;

  @Override
  public Integer call() throws Exception {
    SentenceEncoder encoder = new OnnxSentenceEncoder(OnnxSentenceEncoder.Model.named(encoderName));
    List<FrustrationDetector.Example> training = FrustrationDetector.readBundledExamples();
    List<FrustrationDetector.Example> testing = FrustrationDetector.read(Files.readAllBytes(test));
    ProgressBar bar = new ProgressBar(System.err);
    float[][] trainingVectors =
        NluCommand.encodeTexts(encoder, texts(training), bar, embeddingCache);
    float[][] testVectors = NluCommand.encodeTexts(encoder, texts(testing), bar, embeddingCache);
    bar.finish();
    FrustrationDetector.Settings settings = FrustrationDetector.Settings.shipped();
    if (maxentWeight != null) {
      settings = settings.withMaxentWeight(maxentWeight);
    }
    if (chooseThreshold) {
      settings =
          settings.withThresholds(
              FrustrationDetector.chooseThresholds(
                  training,
                  FrustrationDetector.crossValidatedProbabilities(
                      training, trainingVectors, encoder, settings, 5, 42)));
      System.out.println("chosen_thresholds: " + settings.languageThresholds());
    }
    if (threshold != null) {
      settings = settings.withThreshold(threshold);
    }
    System.out.println(
        "thresholds: "
            + settings.languageThresholds()
            + " (other languages "
            + settings.threshold()
            + ")");
    FrustrationDetector detector =
        FrustrationDetector.train(training, trainingVectors, encoder, settings);
    Map<String, int[]> counts = new TreeMap<>(); // language -> tp, fp, fn, n
    for (int i = 0; i < testing.size(); i++) {
      FrustrationDetector.Example e = testing.get(i);
      boolean said = detector.assess(e.text(), testVectors[i], e.language()).frustrated();
      for (String key : List.of("all", e.language())) {
        int[] c = counts.computeIfAbsent(key, k -> new int[4]);
        c[0] += said && e.frustrated() ? 1 : 0;
        c[1] += said && !e.frustrated() ? 1 : 0;
        c[2] += !said && e.frustrated() ? 1 : 0;
        c[3]++;
      }
    }
    counts.forEach(
        (key, c) -> {
          String suffix = key.equals("all") ? "" : "_" + key;
          System.out.printf(
              Locale.ROOT, "frustrated_precision%s: %.4f%n", suffix, c[0] / (double) (c[0] + c[1]));
          System.out.printf(
              Locale.ROOT, "frustrated_recall%s: %.4f%n", suffix, c[0] / (double) (c[0] + c[2]));
          System.out.printf(Locale.ROOT, "messages%s: %d%n", suffix, c[3]);
        });
    return 0;
  }

  private static List<String> texts(List<FrustrationDetector.Example> examples) {
    return examples.stream().map(FrustrationDetector.Example::text).toList();
  }
}
