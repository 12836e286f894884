package io.tellerline.console;

import io.tellerline.training.application.ModelOverview;
import io.tellerline.training.application.ModelReleaseService;
import io.tellerline.training.application.ModelTrainingService;
import io.tellerline.training.domain.DatasetVersion;
import io.tellerline.training.domain.ModelStatus;
import io.tellerline.training.domain.ModelVersion;
import io.tellerline.training.domain.ShadowResult;
import io.tellerline.training.domain.ShadowResults.Agreement;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The model governance page: train a candidate from a dataset version (progress shown), read its
 * model card, put it in shadow and see where it disagrees with the live model, approve it (a model
 * approver who did not train it, after step-up) or reject it, and roll back to an earlier approved
 * model in one click.
 */
@Named
@ViewScoped
public class ModelsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PAGE = "/console/models/index.xhtml";

  @Inject ModelOverview overview;
  @Inject ModelTrainingService training;
  @Inject ModelReleaseService release;
  @Inject HttpServletRequest request;

  private String dataset;
  private String chosen;
  private List<DatasetVersion> datasets = List.of();
  private List<ModelVersion> models = List.of();
  private ModelVersion shadow;
  private Agreement agreement;
  private List<ShadowResult> disagreements = List.of();
  private String card;
  private String stepUpUrl;

  /** viewAction (and after every action): versions, datasets and the shadow's results. */
  public void load() {
    datasets = overview.datasets();
    models = overview.models();
    shadow = models.stream().filter(m -> m.status() == ModelStatus.SHADOW).findFirst().orElse(null);
    if (shadow != null) {
      agreement = overview.agreement(shadow.id());
      disagreements = overview.disagreements(shadow.id());
    }
  }

  public void train() {
    act(
        () -> {
          UUID id =
              training.train(ConsolePage.signedInStaff(request), ConsolePage.uuidOrNobody(dataset));
          ConsolePage.info("Training started: model " + id + ". Its progress shows below.");
        });
  }

  public void startShadow() {
    act(
        () -> {
          release.startShadow(chosenModel());
          ConsolePage.info("In shadow: the candidate now scores live turns without answering.");
        });
  }

  public void approve() {
    act(
        () -> {
          ModelVersion live = release.approve(ConsolePage.signedInStaff(request), chosenModel());
          ConsolePage.info(
              "Approved: " + live.version() + " is live on every instance within seconds.");
        });
  }

  public void reject() {
    act(
        () -> {
          release.reject(chosenModel());
          ConsolePage.info("Rejected: the candidate will never go live.");
        });
  }

  public void rollBack() {
    act(
        () -> {
          ModelVersion live = release.rollBack(ConsolePage.signedInStaff(request), chosenModel());
          ConsolePage.info("Rolled back: " + live.version() + " is live again.");
        });
  }

  public void showCard() {
    act(
        () -> {
          card = overview.modelCard(chosenModel()).orElse(null);
          if (card == null) {
            ConsolePage.info("This model has no card (the shipped model's is in the build).");
          }
        });
  }

  private void act(Runnable action) {
    stepUpUrl = ConsolePage.attempt(request, PAGE, action);
    load();
  }

  private UUID chosenModel() {
    return ConsolePage.uuidOrNobody(chosen);
  }

  public String getAgreementText() {
    return agreement == null
        ? ""
        : String.format(
            Locale.ROOT,
            "%.1f %% agreement on %d turns (%d agreed)",
            agreement.rate() * 100,
            agreement.scored(),
            agreement.agreed());
  }

  public Optional<ModelVersion> getLive() {
    return models.stream().filter(m -> m.status() == ModelStatus.LIVE).findFirst();
  }

  public List<DatasetVersion> getDatasets() {
    return datasets;
  }

  public List<ModelVersion> getModels() {
    return models;
  }

  public ModelVersion getShadow() {
    return shadow;
  }

  public List<ShadowResult> getDisagreements() {
    return disagreements;
  }

  public String getCard() {
    return card;
  }

  public String getStepUpUrl() {
    return stepUpUrl;
  }

  public String getDataset() {
    return dataset;
  }

  public void setDataset(String dataset) {
    this.dataset = dataset;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }
}
