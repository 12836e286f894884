package io.tellerline.training.application;

import io.tellerline.kernel.Role;
import io.tellerline.training.domain.DatasetVersion;
import io.tellerline.training.domain.ModelVersion;
import io.tellerline.training.domain.ModelVersions;
import io.tellerline.training.domain.ShadowResult;
import io.tellerline.training.domain.ShadowResults;
import io.tellerline.training.domain.ShadowResults.Agreement;
import io.tellerline.training.domain.TrainingDatasets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the model governance page shows: versions, cards, evaluations, shadow results, datasets. */
@Stateless
@RolesAllowed({Role.SUPERVISOR, Role.COMPLIANCE_OFFICER, Role.ADMIN, Role.MODEL_APPROVER})
public class ModelOverview {

  static final int DISAGREEMENTS_SHOWN = 50;

  @Inject ModelVersions models;
  @Inject ShadowResults shadow;
  @Inject TrainingDatasets datasets;

  public List<ModelVersion> models() {
    return models.all();
  }

  public List<DatasetVersion> datasets() {
    return datasets.versions();
  }

  public Optional<String> modelCard(UUID id) {
    return models.modelCard(id);
  }

  public Optional<String> evaluation(UUID id) {
    return models.evaluation(id);
  }

  public Agreement agreement(UUID id) {
    return shadow.agreementOf(id);
  }

  public List<ShadowResult> disagreements(UUID id) {
    return shadow.disagreementsOf(id, DISAGREEMENTS_SHOWN);
  }
}
