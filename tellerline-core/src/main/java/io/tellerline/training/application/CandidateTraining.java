package io.tellerline.training.application;

import io.tellerline.conversation.application.NluPipelineSwitch;
import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.nlu.TellerlineNlu;
import io.tellerline.nlu.build.BuildBundledModel;
import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.nlu.classify.IntentTrainer;
import io.tellerline.nlu.classify.ModelArtifact;
import io.tellerline.training.domain.ArtifactHash;
import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetVersion;
import io.tellerline.training.domain.ModelVersions;
import io.tellerline.training.domain.ModelVersions.TrainedModel;
import io.tellerline.training.domain.TrainingDatasets;
import io.tellerline.training.domain.TrainingSlot;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Trains a candidate in the background, outside any transaction (a minute of both cores): takes the
 * cluster's one training slot, reads the dataset version, trains with the shipped model's settings,
 * evaluates beside the live model, writes the model card and stores the candidate. Progress is
 * written as it goes for the console. Rows whose text the live model was trained on reuse its
 * vectors (the same deterministic encoder gives the same vector), so only new rows are encoded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CandidateTraining {

  private static final Logger LOG = Logger.getLogger(CandidateTraining.class.getName());
  private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

  @Inject ModelVersions models;
  @Inject TrainingDatasets datasets;
  @Inject TrainingSlot slot;
  @Inject NluPipelineSwitch pipelines;
  @Inject CandidateEvaluation evaluation;
  @Inject TrainingOutcome outcome;
  @Inject Clock clock;

  @Asynchronous
  public void train(UUID modelId, DatasetVersion dataset, String trainedBy) {
    Optional<TrainingSlot.Held> held = slot.tryTake();
    if (held.isEmpty()) {
      outcome.failed(modelId, dataset, "another instance is training");
      return;
    }
    try (TrainingSlot.Held training = held.get()) {
      TrainedModel trained = trainAndEvaluate(modelId, dataset, trainedBy);
      outcome.trained(modelId, dataset, trained, trainedBy);
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "training model " + modelId + " failed", e);
      outcome.failed(modelId, dataset, e.getClass().getSimpleName());
    }
  }

  private TrainedModel trainAndEvaluate(UUID modelId, DatasetVersion dataset, String trainedBy)
      throws IOException {
    long started = System.nanoTime();
    Progress progress = new Progress(modelId);
    progress.stage("reading dataset version " + dataset.number());
    List<DatasetRow> rows = datasets.rowsOf(dataset.id());
    List<LabelledUtterance> utterances =
        rows.stream().map(r -> new LabelledUtterance(r.text(), r.intent(), r.language())).toList();
    TellerlineNlu live = pipelines.current();
    float[][] vectors = vectorsOf(utterances, live, progress);
    IntentModel model =
        new IntentTrainer(live.encoder(), progress)
            .train(utterances, vectors, dataset.contentSha256(), BuildBundledModel.settings());
    double seconds = (System.nanoTime() - started) / 1e9;
    ByteArrayOutputStream artifact = new ByteArrayOutputStream();
    ModelArtifact.write(
        model,
        dataset.contentSha256(),
        Map.of("train_seconds", String.format(Locale.ROOT, "%.1f", seconds)),
        artifact);
    byte[] bytes = artifact.toByteArray();
    progress.stage("evaluating beside the live model");
    EvaluationReport report = evaluation.evaluate(model, live);
    String sha256 = ArtifactHash.of(bytes);
    CardFacts facts =
        Lineage.facts(model, sha256, trainedBy, clock.instant(), seconds, dataset, rows);
    return new TrainedModel(
        model.version(), bytes, sha256, EvaluationJson.of(report), ModelCard.of(facts, report));
  }

  /** Reuses the live model's vectors for texts it was trained on; encodes the rest. */
  private static float[][] vectorsOf(
      List<LabelledUtterance> rows, TellerlineNlu live, Progress progress) {
    Map<String, float[]> known = live.intentModel().trainingEmbeddings();
    List<String> unknown = new ArrayList<>();
    for (LabelledUtterance row : rows) {
      if (!known.containsKey(row.text())) {
        unknown.add(row.text());
      }
    }
    float[][] encoded =
        live.encoder()
            .encodeAll(
                unknown, done -> progress.accept("embedding " + done + "/" + unknown.size()));
    for (int i = 0; i < unknown.size(); i++) {
      known.put(unknown.get(i), encoded[i]);
    }
    return rows.stream().map(row -> known.get(row.text())).toArray(float[][]::new);
  }

  /** Writes a progress line at most once a second (the trainer reports every vector and epoch). */
  private final class Progress implements java.util.function.Consumer<String> {
    private final UUID modelId;
    private long last;

    Progress(UUID modelId) {
      this.modelId = modelId;
    }

    @Override
    public void accept(String line) {
      if (System.nanoTime() - last >= PROGRESS_EVERY_NANOS) {
        stage(line);
      }
    }

    /** A step worth showing whenever it starts. */
    void stage(String line) {
      last = System.nanoTime();
      models.progress(modelId, line);
    }
  }
}
