package io.tellerline.nlu.classify;

import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.nlu.embedding.SentenceEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Trains intent models. The same data, settings and encoder give the same model. */
public final class IntentTrainer {

  private final SentenceEncoder encoder;
  private final Consumer<String> progress;

  /**
   * @param progress receives short status lines (e.g. for a progress bar on stderr)
   */
  public IntentTrainer(SentenceEncoder encoder, Consumer<String> progress) {
    this.encoder = encoder;
    this.progress = progress;
  }

  public IntentModel train(
      List<LabelledUtterance> rows, String dataSha256, TrainingSettings settings) {
    Labels labels = labelsOf(rows); // before the slow embedding step, so bad data fails at once
    List<String> texts = rows.stream().map(LabelledUtterance::text).toList();
    float[][] embeddings =
        encoder.encodeAll(texts, done -> progress.accept("embedding " + done + "/" + texts.size()));
    return train(rows, labels, embeddings, dataSha256, settings);
  }

  /** Trains on embeddings computed beforehand, in the order of {@code rows}. */
  public IntentModel train(
      List<LabelledUtterance> rows,
      float[][] embeddings,
      String dataSha256,
      TrainingSettings settings) {
    return train(rows, labelsOf(rows), embeddings, dataSha256, settings);
  }

  /** The sorted labels of the rows; a classifier needs at least two. */
  private static Labels labelsOf(List<LabelledUtterance> rows) {
    Labels labels =
        new Labels(
            List.copyOf(new TreeSet<>(rows.stream().map(LabelledUtterance::label).toList())));
    if (labels.size() < 2) {
      throw new IllegalArgumentException(
          "training data needs at least two labels, found " + labels.names());
    }
    return labels;
  }

  private IntentModel train(
      List<LabelledUtterance> rows,
      Labels labels,
      float[][] embeddings,
      String dataSha256,
      TrainingSettings settings) {
    int[] y = rows.stream().mapToInt(row -> labels.indexOf(row.label())).toArray();
    SoftmaxRegression regression =
        SoftmaxRegression.train(
            embeddings,
            y,
            labels.size(),
            settings.regression(),
            epoch ->
                progress.accept(
                    "regression epoch " + epoch + "/" + settings.regression().epochs()));
    MaxentText maxent = null;
    if (settings.uses(2)) {
      progress.accept("maxent");
      maxent =
          MaxentText.train(
              rows.stream().map(row -> Tokens.of(row.text())).toList(),
              y,
              labels,
              settings.maxentIterations());
    }
    LexicalSoftmax lexical = null;
    if (settings.uses(3)) {
      progress.accept("lexical");
      lexical =
          LexicalSoftmax.train(
              rows.stream().map(LabelledUtterance::text).toList(),
              y,
              labels.size(),
              settings.lexical());
    }
    NearestNeighbours neighbours =
        new NearestNeighbours(
            embeddings, y, labels.size(), settings.neighbours(), settings.neighbourTemperature());
    return new IntentModel(
        version(dataSha256, settings),
        labels,
        rows.stream().map(LabelledUtterance::text).toList(),
        regression,
        neighbours,
        maxent,
        lexical,
        settings,
        encoder);
  }

  /** Names data, settings and encoder: a different version means a different model. */
  private String version(String dataSha256, TrainingSettings settings) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(dataSha256.getBytes(StandardCharsets.UTF_8));
      digest.update(settings.describe().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(encoder.modelId().getBytes(StandardCharsets.UTF_8));
      return "tl-intent-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
