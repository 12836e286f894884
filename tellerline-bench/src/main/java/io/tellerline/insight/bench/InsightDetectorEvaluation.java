package io.tellerline.insight.bench;

import io.tellerline.insight.domain.DuplicateChargeDetector;
import io.tellerline.insight.domain.Insight;
import io.tellerline.insight.domain.InsightDetector;
import io.tellerline.insight.domain.InsightKind;
import io.tellerline.insight.domain.LowBalanceForecastDetector;
import io.tellerline.insight.domain.PriceRiseDetector;
import io.tellerline.insight.domain.UnusualDebitDetector;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Precision and recall of each insight detector on generated histories (self-generated, labels
 * known): {@link SyntheticCustomer} writes a customer's history and, apart, what it planted; each
 * detector reads only the history; a finding counts as right when a label of its kind names the
 * same merchant (and day, where the kind has one).
 *
 * <p>usage: {@code InsightDetectorEvaluation SEED CUSTOMERS [TODAY]}
 */
public final class InsightDetectorEvaluation {

  private static final List<InsightDetector> DETECTORS =
      List.of(
          new PriceRiseDetector(),
          new UnusualDebitDetector(),
          new DuplicateChargeDetector(),
          new LowBalanceForecastDetector());

  private InsightDetectorEvaluation() {}

  /** Counts for one detector. */
  static final class Score {
    int truePositives;
    int falsePositives;
    int labels;
    final Map<String, Integer> wrongAt = new java.util.TreeMap<>();

    double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? Double.NaN : (double) truePositives / found;
    }

    double recall() {
      return labels == 0 ? Double.NaN : (double) truePositives / labels;
    }
  }

  public static void main(String[] args) {
    long seed = Long.parseLong(args[0]);
    int customers = Integer.parseInt(args[1]);
    LocalDate today = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2026, 12, 6);
    Map<InsightKind, Score> scores = evaluate(seed, customers, today);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("seed %d, %d customers, today %s%n", seed, customers, today);
    out.println("| detector (rule) | labelled | found | right | precision | recall |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (InsightDetector detector : DETECTORS) {
      Score s = scores.get(detector.kind());
      out.printf(
          "| %s | %d | %d | %d | %.3f | %.3f |%n",
          detector.ruleVersion(),
          s.labels,
          s.truePositives + s.falsePositives,
          s.truePositives,
          s.precision(),
          s.recall());
    }
    out.println();
    for (InsightDetector detector : DETECTORS) {
      out.printf(
          "wrong findings of %s by first fact: %s%n",
          detector.ruleVersion(), scores.get(detector.kind()).wrongAt);
    }
  }

  static Map<InsightKind, Score> evaluate(long seed, int customers, LocalDate today) {
    Random random = new Random(seed);
    Map<InsightKind, Score> scores = new EnumMap<>(InsightKind.class);
    for (InsightKind kind : InsightKind.values()) {
      scores.put(kind, new Score());
    }
    for (int i = 0; i < customers; i++) {
      SyntheticCustomer.Generated customer = SyntheticCustomer.generate(random, today);
      for (InsightDetector detector : DETECTORS) {
        List<Label> open =
            new ArrayList<>(
                customer.labels().stream().filter(l -> l.kind() == detector.kind()).toList());
        Score score = scores.get(detector.kind());
        score.labels += open.size();
        for (Insight found : detector.detect(customer.history())) {
          Label matched = open.stream().filter(l -> matches(l, found)).findFirst().orElse(null);
          if (matched == null) {
            score.falsePositives++;
            String where =
                detector.kind() == InsightKind.LOW_BALANCE_FORECAST
                    ? "(account)"
                    : String.valueOf(found.facts().get(0));
            score.wrongAt.merge(where, 1, Integer::sum);
          } else {
            open.remove(matched);
            score.truePositives++;
          }
        }
      }
    }
    return scores;
  }

  /** The finding names the label's merchant (its first fact) and day (where it has one). */
  private static boolean matches(Label label, Insight found) {
    return switch (label.kind()) {
      case LOW_BALANCE_FORECAST -> true;
      case PRICE_RISE -> label.merchant().equals(found.facts().get(0));
      case UNUSUAL_DEBIT ->
          label.merchant().equals(found.facts().get(0)) && label.day().equals(found.facts().get(2));
      case DUPLICATE_CHARGE ->
          label.merchant().equals(found.facts().get(0))
              && (label.day().equals(found.facts().get(3))
                  || label.day().equals(found.facts().get(2)));
    };
  }
}
