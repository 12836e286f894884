package io.tellerline.training.infrastructure;

import io.tellerline.conversation.application.NluPipelineSwitch;
import io.tellerline.nlu.TellerlineNlu;
import io.tellerline.nlu.classify.ModelArtifact;
import io.tellerline.training.application.CandidateShadow;
import io.tellerline.training.application.CandidateShadow.Candidate;
import io.tellerline.training.domain.ModelVersion;
import io.tellerline.training.domain.ModelVersions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this instance on the live intent model and the candidate in shadow that the database names.
 * At start-up it registers the model the build trained (the first LIVE version when there is none)
 * and loads the live one; afterwards it reloads when a release notification arrives (every
 * instance, within a second or two of the commit; {@link ModelReleaseObserver}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LiveModels {

  private static final Logger LOG = Logger.getLogger(LiveModels.class.getName());

  @Inject ModelVersions models;
  @Inject NluPipelineSwitch pipelines;
  @Inject CandidateShadow shadow;
  @Inject ModelInfoGauge info;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;

  @PostConstruct
  void start() {
    TellerlineNlu shipped = pipelines.current();
    models.registerShipped(
        shipped.modelVersion(),
        shipped.trainingDataSha256(),
        TellerlineNlu.bundledIntentArtifact(),
        clock.instant());
    refresh();
  }

  /** Reloads on the container's executor (the caller is the notification listener's thread). */
  public void refreshSoon() {
    executor.execute(this::refresh);
  }

  /** Switches to the live model and the shadow candidate the database names, if they changed. */
  public synchronized void refresh() {
    try {
      TellerlineNlu current = pipelines.current();
      Optional<ModelVersion> live = models.live();
      if (live.isPresent() && !live.get().version().equals(current.modelVersion())) {
        pipelines.use(current.withIntentModel(load(current, live.get().id())));
      }
      Optional<ModelVersion> inShadow = models.inShadow();
      Optional<UUID> loaded = shadow.inShadow();
      if (inShadow.isEmpty()) {
        shadow.use(Optional.empty());
      } else if (!loaded.equals(inShadow.map(ModelVersion::id))) {
        UUID id = inShadow.get().id();
        shadow.use(Optional.of(new Candidate(id, load(current, id).model())));
      }
      info.show(
          pipelines.current().modelVersion(),
          shadow.inShadow().flatMap(models::find).map(ModelVersion::version));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "switching to the released intent model failed; kept the one in use", e);
    }
  }

  private ModelArtifact.Loaded load(TellerlineNlu current, UUID id) {
    return current.readIntentModel(models.artifact(id));
  }
}
