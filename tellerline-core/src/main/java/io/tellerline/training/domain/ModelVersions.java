package io.tellerline.training.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The intent model versions (table {@code model_version}): artifacts, evaluations, model cards and
 * the one live version. Changing which version is live notifies every instance.
 */
public interface ModelVersions {

  /** Newest first. */
  List<ModelVersion> all();

  Optional<ModelVersion> find(UUID id);

  Optional<ModelVersion> live();

  Optional<ModelVersion> inShadow();

  /**
   * Registers the model the build trained, if this build's model is new: it goes live (deploying a
   * build is a reviewed release), the live one is retired. Safe when several instances start at
   * once.
   */
  void registerShipped(String version, String trainingDataSha256, byte[] artifact, Instant now);

  /** A version being trained, without artifact yet. */
  void startTraining(UUID id, UUID datasetVersion, String dataSha256, String by, Instant now);

  void progress(UUID id, String progress);

  void trained(UUID id, TrainedModel model, Instant now);

  void failed(UUID id, String why);

  byte[] artifact(UUID id);

  Optional<String> evaluation(UUID id);

  Optional<String> modelCard(UUID id);

  void changeStatus(UUID id, ModelStatus from, ModelStatus to);

  /**
   * Makes {@code id} the live version (the live one is retired), records who approved it if given,
   * and notifies every instance when the transaction commits.
   */
  void makeLive(UUID id, Optional<Approved> approval, Instant now);

  /** A trained model with what the release needs to show. */
  record TrainedModel(
      String version, byte[] artifact, String artifactSha256, String evaluation, String card) {}

  /** The second person's approval of a release. */
  record Approved(String by, UUID approvalId) {}
}
