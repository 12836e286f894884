package io.tellerline.console.kpi;

import java.util.Locale;
import java.util.OptionalDouble;

/** How the dashboard and its CSV write a rate and a duration ("–" when there is none). */
final class KpiFormat {

  static final String NONE = "–";

  private KpiFormat() {}

  static String percent(OptionalDouble rate) {
    return rate.isPresent()
        ? String.format(Locale.ROOT, "%.1f %%", rate.getAsDouble() * 100)
        : NONE;
  }

  static String seconds(OptionalDouble seconds) {
    return seconds.isPresent() ? String.format(Locale.ROOT, "%.1f s", seconds.getAsDouble()) : NONE;
  }

  static String mean(OptionalDouble mean) {
    return mean.isPresent() ? String.format(Locale.ROOT, "%.2f", mean.getAsDouble()) : NONE;
  }
}
