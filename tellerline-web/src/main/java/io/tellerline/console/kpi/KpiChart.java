package io.tellerline.console.kpi;

import io.tellerline.conversation.domain.KpiFigures;
import io.tellerline.platform.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' {@code p:chart} (its value is
 * the JSON; Chart.js comes inside the PrimeFaces jar, nothing is loaded from elsewhere).
 */
final class KpiChart {

  private KpiChart() {}

  /** Self-service, escalation and not-understood rates (%) per group, as lines. */
  static String rates(List<KpiFigures> rows) {
    JsonArrayBuilder labels = JsonBuilders.array();
    rows.forEach(row -> labels.add(row.bucket()));
    JsonArrayBuilder datasets =
        JsonBuilders.array()
            .add(dataset("Self-service %", rows, KpiFigures::selfServiceRate))
            .add(dataset("Escalation %", rows, KpiFigures::escalationRate))
            .add(dataset("Not understood %", rows, KpiFigures::notUnderstoodRate));
    return JsonBuilders.object()
        .add("type", "line")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            JsonBuilders.object()
                .add("animation", false)
                .add(
                    "scales",
                    JsonBuilders.object()
                        .add("y", JsonBuilders.object().add("min", 0).add("max", 100))))
        .build()
        .toString();
  }

  /** How many ratings of 1 to 5, as bars. */
  static String csat(KpiFigures all) {
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder counts = JsonBuilders.array();
    for (int score = 1; score <= 5; score++) {
      labels.add(String.valueOf(score));
      counts.add(all.csatCounts().get(score - 1));
    }
    return JsonBuilders.object()
        .add("type", "bar")
        .add(
            "data",
            JsonBuilders.object()
                .add("labels", labels)
                .add(
                    "datasets",
                    JsonBuilders.array()
                        .add(JsonBuilders.object().add("label", "Ratings").add("data", counts))))
        .add("options", JsonBuilders.object().add("animation", false))
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      String label, List<KpiFigures> rows, Function<KpiFigures, OptionalDouble> rate) {
    JsonArrayBuilder values = JsonBuilders.array();
    for (KpiFigures row : rows) {
      OptionalDouble value = rate.apply(row);
      if (value.isPresent()) {
        values.add(Math.round(value.getAsDouble() * 1000) / 10.0);
      } else {
        values.addNull();
      }
    }
    return JsonBuilders.object().add("label", label).add("data", values).add("spanGaps", true);
  }
}
