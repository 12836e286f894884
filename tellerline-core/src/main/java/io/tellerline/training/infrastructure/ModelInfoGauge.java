package io.tellerline.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@value #INFO}{@code {version="…"} 1} on {@code /metrics}: the intent model this instance answers
 * with, so that a dashboard sees a release (or an instance that missed one).
 */
@ApplicationScoped
public class ModelInfoGauge {

  static final String INFO = "tellerline_model_info";

  @Inject MetricRegistry metrics;

  private String shown;

  public synchronized void show(String version) {
    if (version.equals(shown)) {
      return;
    }
    if (shown != null) {
      metrics.remove(new MetricID(INFO, new Tag("version", shown)));
    }
    metrics.gauge(
        Metadata.builder()
            .withName(INFO)
            .withDescription("The intent model in use (value 1, its version as a tag)")
            .build(),
        () -> 1,
        new Tag("version", version));
    shown = version;
  }
}
