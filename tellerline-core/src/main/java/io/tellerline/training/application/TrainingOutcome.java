package io.tellerline.training.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.training.domain.DatasetVersion;
import io.tellerline.training.domain.ModelVersions;
import io.tellerline.training.domain.ModelVersions.TrainedModel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/** How a background training ended, stored and audited in one transaction. */
@Stateless
public class TrainingOutcome {

  @Inject ModelVersions models;
  @Inject Audit audit;
  @Inject Clock clock;

  public void trained(UUID modelId, DatasetVersion dataset, TrainedModel trained, String by) {
    models.trained(modelId, trained, clock.instant());
    audit
        .systemEvent(AuditEventType.MODEL_TRAINED)
        .with("model", modelId.toString())
        .with("version", trained.version())
        .with("artifactSha256", trained.artifactSha256())
        .with("datasetVersion", dataset.number())
        .with("datasetSha256", dataset.contentSha256())
        .with("trainedBy", by)
        .with("result", "CANDIDATE")
        .record();
  }

  public void failed(UUID modelId, DatasetVersion dataset, String why) {
    models.failed(modelId, why);
    audit
        .systemEvent(AuditEventType.MODEL_TRAINED)
        .with("model", modelId.toString())
        .with("datasetVersion", dataset.number())
        .with("result", "FAILED")
        .with("reason", why)
        .record();
  }
}
