package io.tellerline.nlu.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Evaluation figures, printed as the CLI's {@code name: value} lines. */
public record Report(
    double accuracy,
    double macroF1,
    OptionalDouble inScopeAccuracy,
    OptionalDouble outOfScopeRecall,
    double trainSeconds,
    double p99ClassifyMillis) {

  public Map<String, String> lines() {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("accuracy", four(accuracy));
    lines.put("macro_f1", four(macroF1));
    inScopeAccuracy.ifPresent(v -> lines.put("in_scope_accuracy", four(v)));
    outOfScopeRecall.ifPresent(v -> lines.put("oos_recall", four(v)));
    lines.put("train_seconds", String.format(Locale.ROOT, "%.1f", trainSeconds));
    lines.put("p99_classify_ms", String.format(Locale.ROOT, "%.2f", p99ClassifyMillis));
    return lines;
  }

  private static String four(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
