package io.tellerline.nlu.cli;

import io.tellerline.nlu.IntentCorpus;
import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.nlu.classify.IntentTrainer;
import io.tellerline.nlu.classify.ModelArtifact;
import io.tellerline.nlu.classify.TrainingSettings;
import io.tellerline.nlu.embedding.BgeSmallEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Run by the build (exec-maven-plugin, phase process-classes): trains the intent model from the
 * bundled corpus into the jar. Skips the work when the existing model was trained on the same data
 * with the same settings. Never calls System.exit: it runs inside Maven's JVM.
 */
public final class BuildBundledModel {

  /** The settings of the shipped model (see BENCHMARKS.md for how they were chosen). */
  public static TrainingSettings settings() {
    return TrainingSettings.defaults("oos")
        .with(30, 1e-5, 0.001, 10, 0.05, 100, new double[] {0.2, 0.3, 0.5}, 0.2)
        .withNonEnglishWeights(new double[] {0.05, 0.05, 0.9});
  }

  private BuildBundledModel() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    IntentCorpus corpus = IntentCorpus.bundled();
    if (upToDate(out, corpus.sha256())) {
      System.out.println("intent model up to date (data " + corpus.sha256().substring(0, 12) + ")");
      return;
    }
    long start = System.nanoTime();
    ProgressBar bar = new ProgressBar(System.err);
    IntentModel model =
        new IntentTrainer(new BgeSmallEncoder(), bar::update)
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
