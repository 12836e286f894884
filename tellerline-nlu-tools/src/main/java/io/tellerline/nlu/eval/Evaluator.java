package io.tellerline.nlu.eval;

import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.nlu.classify.IntentModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Scores a model on labelled test rows. A row whose gold label is the out-of-scope label counts as
 * right when the model says out of scope. Latency is the full pipeline (embedding included) on one
 * thread, over up to {@value #LATENCY_SAMPLE} rows after a warm-up.
 */
public final class Evaluator {

  static final int LATENCY_SAMPLE = 500;
  private static final int WARM_UP = 50;

  private Evaluator() {}

  /** Predicted labels for the rows, out-of-scope predictions as {@code outOfScopeLabel}. */
  /**
   * @param languageOf the language the pipeline would detect for a text (the model weighs its parts
   *     by language)
   */
  public static List<String> predictAll(
      IntentModel model,
      List<LabelledUtterance> rows,
      float[][] embeddings,
      Function<String, String> languageOf) {
    String[] predicted = new String[rows.size()];
    IntStream.range(0, rows.size())
        .parallel()
        .forEach(
            i -> {
              String text = rows.get(i).text();
              IntentPrediction p = model.predict(text, embeddings[i], languageOf.apply(text));
              predicted[i] = p.outOfScope() ? model.outOfScopeLabel() : p.intent();
            });
    return Arrays.asList(predicted);
  }

  public static Report score(
      List<String> gold,
      List<String> predicted,
      String outOfScopeLabel,
      double trainSeconds,
      double p99Millis) {
    int correct = 0;
    int inScope = 0;
    int inScopeCorrect = 0;
    int outOfScope = 0;
    int outOfScopeFound = 0;
    for (int i = 0; i < gold.size(); i++) {
      boolean right = gold.get(i).equals(predicted.get(i));
      correct += right ? 1 : 0;
      if (outOfScopeLabel != null && gold.get(i).equals(outOfScopeLabel)) {
        outOfScope++;
        outOfScopeFound += right ? 1 : 0;
      } else {
        inScope++;
        inScopeCorrect += right ? 1 : 0;
      }
    }
    return new Report(
        (double) correct / gold.size(),
        macroF1(gold, predicted),
        outOfScopeLabel == null
            ? OptionalDouble.empty()
            : OptionalDouble.of(ratio(inScopeCorrect, inScope)),
        outOfScopeLabel == null
            ? OptionalDouble.empty()
            : OptionalDouble.of(ratio(outOfScopeFound, outOfScope)),
        trainSeconds,
        p99Millis);
  }

  /** 99th percentile of single-message classification time, in milliseconds. */
  public static double p99ClassifyMillis(IntentModel model, List<LabelledUtterance> rows) {
    int n = Math.min(rows.size(), LATENCY_SAMPLE);
    for (int i = 0; i < Math.min(WARM_UP, n); i++) {
      model.predict(rows.get(i).text());
    }
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      model.predict(rows.get(i).text());
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[(int) Math.ceil(0.99 * n) - 1] / 1e6;
  }

  /** Macro-averaged F1 over the gold labels. */
  static double macroF1(List<String> gold, List<String> predicted) {
    Map<String, int[]> counts = new HashMap<>(); // true positives, gold count, predicted count
    for (int i = 0; i < gold.size(); i++) {
      counts.computeIfAbsent(gold.get(i), k -> new int[3])[1]++;
      counts.computeIfAbsent(predicted.get(i), k -> new int[3])[2]++;
      if (gold.get(i).equals(predicted.get(i))) {
        counts.get(gold.get(i))[0]++;
      }
    }
    Set<String> labels = new HashSet<>(gold);
    double sum = 0;
    for (String label : labels) {
      int[] c = counts.get(label);
      double precision = ratio(c[0], c[2]);
      double recall = ratio(c[0], c[1]);
      sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
    return sum / labels.size();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Mean of several reports (cross-validation folds). */
  public static Report mean(List<Report> reports) {
    return new Report(
        reports.stream().mapToDouble(Report::accuracy).average().orElse(0),
        reports.stream().mapToDouble(Report::macroF1).average().orElse(0),
        meanOf(reports, true),
        meanOf(reports, false),
        reports.stream().mapToDouble(Report::trainSeconds).average().orElse(0),
        reports.stream().mapToDouble(Report::p99ClassifyMillis).average().orElse(0));
  }

  private static OptionalDouble meanOf(List<Report> reports, boolean inScope) {
    List<Double> values = new ArrayList<>();
    for (Report r : reports) {
      (inScope ? r.inScopeAccuracy() : r.outOfScopeRecall()).ifPresent(values::add);
    }
    return values.isEmpty()
        ? OptionalDouble.empty()
        : values.stream().mapToDouble(Double::doubleValue).average();
  }
}
