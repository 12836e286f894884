package io.tellerline.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Keeps {@value #INFO}{@code {model="intent",version="…"} 1} on {@code /metrics} on the intent
 * model this instance answers with after a release (the chat telemetry registers the models at
 * start-up), and {@code model="intent-shadow"} on the candidate it scores in shadow, if any: a
 * dashboard sees a release, and an instance that missed one.
 */
@ApplicationScoped
public class ModelInfoGauge {

  static final String INFO = "tellerline_model_info";
  static final String LIVE = "intent";
  static final String SHADOW = "intent-shadow";

  /** The same as the chat telemetry's, or the registry refuses the metric. */
  private static final String DESCRIPTION = "The NLU models in use: 1 for each model and version";

  @Inject MetricRegistry metrics;

  public synchronized void show(String live, Optional<String> shadow) {
    showOnly(LIVE, Optional.of(live));
    showOnly(SHADOW, shadow);
  }

  /** The one series of {@code model} (none when the version is empty). */
  private void showOnly(String model, Optional<String> version) {
    for (MetricID id : java.util.List.copyOf(metrics.getMetricIDs())) {
      if (id.getName().equals(INFO)
          && model.equals(id.getTags().get("model"))
          && !version.equals(Optional.ofNullable(id.getTags().get("version")))) {
        metrics.remove(id);
      }
    }
    version.ifPresent(
        v ->
            metrics.gauge(
                Metadata.builder().withName(INFO).withDescription(DESCRIPTION).build(),
                () -> 1,
                new Tag("model", model),
                new Tag("version", v)));
  }
}
