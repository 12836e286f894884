package io.tellerline.nlu.build;

import io.tellerline.nlu.IntentCorpus;
import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.nlu.classify.IntentTrainer;
import io.tellerline.nlu.classify.LexicalSoftmax;
import io.tellerline.nlu.classify.ModelArtifact;
import io.tellerline.nlu.classify.TrainingSettings;
import io.tellerline.nlu.embedding.OnnxSentenceEncoder;
import io.tellerline.nlu.embedding.SentenceEncoder;
import io.tellerline.nlu.sentiment.FrustrationDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Run by the build (exec-maven-plugin, phase process-classes): trains the intent model and the
 * frustration detector from the bundled data into the jar (the frustration model next to the intent
 * model). Skips each when the existing one was trained on the same data with the same settings.
 * Never calls System.exit: it runs inside Maven's JVM.
 */
public final class BuildBundledModel {

  /**
   * The settings of the shipped model. Weights (regression, kNN, maxent, lexical) per language were
   * chosen by 5-fold cross-validation on the bundled corpus with fold seed 7 and then reported with
   * the usual seed 42, so that the reported figures are not the ones the choice was made on; see
   * BENCHMARKS.md.
   */
  public static TrainingSettings settings() {
    return TrainingSettings.defaults("oos")
        .with(30, 1e-5, 0.001, 10, 0.05, 100, new double[] {0.3, 0.3, 0, 0.4}, 0.2)
        .withNonEnglishWeights(new double[] {0.2, 0.2, 0.1, 0.5})
        .withLexical(LexicalSoftmax.Settings.defaults());
  }

  /** File name of the frustration detector, beside the intent model. */
  static final String FRUSTRATION_FILE =
      Path.of(FrustrationDetector.BUNDLED_MODEL).getFileName().toString();

  private BuildBundledModel() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    SentenceEncoder encoder = new OnnxSentenceEncoder();
    buildFrustration(out.resolveSibling(FRUSTRATION_FILE), encoder);
    IntentCorpus corpus = IntentCorpus.bundled();
    if (upToDate(out, corpus.sha256())) {
      System.out.println("intent model up to date (data " + corpus.sha256().substring(0, 12) + ")");
      return;
    }
    long start = System.nanoTime();
    ProgressBar bar = new ProgressBar(System.err);
    IntentModel model =
        new IntentTrainer(encoder, bar::update)
            .train(corpus.utterances(), corpus.sha256(), settings());
    bar.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.createDirectories(out.getParent());
    ModelArtifact.write(
        model,
        corpus.sha256(),
        Map.of("train_seconds", String.format(Locale.ROOT, "%.1f", seconds)),
        out);
    System.out.printf(Locale.ROOT, "intent model %s trained in %.1f s%n", model.version(), seconds);
  }

  private static void buildFrustration(Path out, SentenceEncoder encoder) throws IOException {
    List<FrustrationDetector.Example> examples = FrustrationDetector.readBundledExamples();
    FrustrationDetector.Settings settings = FrustrationDetector.Settings.shipped();
    String version = FrustrationDetector.version(examples, encoder, settings);
    if (Files.exists(out)) {
      try (InputStream in = Files.newInputStream(out)) {
        if (FrustrationDetector.read(in, encoder).version().equals(version)) {
          System.out.println("frustration model up to date (" + version + ")");
          return;
        }
      } catch (IOException stale) {
        // an older format: train again
      }
    }
    long start = System.nanoTime();
    FrustrationDetector detector = FrustrationDetector.train(examples, encoder, settings);
    Files.createDirectories(out.getParent());
    try (OutputStream target = Files.newOutputStream(out)) {
      detector.write(target);
    }
    System.out.printf(
        Locale.ROOT,
        "frustration model %s trained in %.1f s%n",
        version,
        (System.nanoTime() - start) / 1e9);
  }

  private static boolean upToDate(Path artifact, String dataSha256) throws IOException {
    if (!Files.exists(artifact)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(artifact)) {
      var manifest = ModelArtifact.readManifest(in);
      return dataSha256.equals(manifest.getProperty("trainingData.sha256"))
          && settings().describe().entrySet().stream()
              .allMatch(e -> e.getValue().equals(manifest.getProperty("settings." + e.getKey())));
    }
  }
}
