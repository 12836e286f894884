package io.tellerline.training.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Role;
import io.tellerline.training.domain.DatasetVersion;
import io.tellerline.training.domain.ModelStatus;
import io.tellerline.training.domain.ModelVersions;
import io.tellerline.training.domain.TrainingDatasets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Starts training a candidate intent model from a dataset version; the training runs in the
 * background ({@link CandidateTraining}) and its progress shows on the console. One at a time: a
 * training started in the last {@link #STALE_AFTER} that has not ended blocks another (an instance
 * that died while training leaves its row behind; the advisory lock is gone with it).
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR, Role.ADMIN, Role.MODEL_APPROVER})
public class ModelTrainingService {

  static final Duration STALE_AFTER = Duration.ofMinutes(30);

  @Inject TrainingDatasets datasets;
  @Inject ModelVersions models;
  @Inject CandidateTraining training;
  @Inject Audit audit;
  @Inject Clock clock;

  /**
   * @return the new model version's id (status TRAINING)
   * @throws ModelNotFoundException if there is no such dataset version
   * @throws TrainingBusyException if a training is running
   */
  public UUID train(Caller staff, UUID datasetVersionId) {
    DatasetVersion dataset =
        datasets.find(datasetVersionId).orElseThrow(ModelNotFoundException::new);
    Instant now = clock.instant();
    boolean busy =
        models.all().stream()
            .anyMatch(
                m ->
                    m.status() == ModelStatus.TRAINING
                        && m.createdAt().isAfter(now.minus(STALE_AFTER)));
    if (busy) {
      throw new TrainingBusyException();
    }
    UUID id = UUID.randomUUID();
    models.startTraining(id, dataset.id(), dataset.contentSha256(), staff.username(), now);
    audit
        .staffAction(AuditEventType.MODEL_TRAINING_STARTED)
        .with("model", id.toString())
        .with("datasetVersion", dataset.number())
        .with("datasetSha256", dataset.contentSha256())
        .with("rows", dataset.rowCount())
        .record();
    training.train(id, dataset, staff.username());
    return id;
  }
}
