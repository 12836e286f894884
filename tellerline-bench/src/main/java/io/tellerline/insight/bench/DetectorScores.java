package io.tellerline.insight.bench;

import io.tellerline.insight.domain.AccountHistory;
import io.tellerline.insight.domain.DuplicateChargeDetector;
import io.tellerline.insight.domain.Insight;
import io.tellerline.insight.domain.InsightDetector;
import io.tellerline.insight.domain.InsightKind;
import io.tellerline.insight.domain.LowBalanceForecastDetector;
import io.tellerline.insight.domain.PriceRiseDetector;
import io.tellerline.insight.domain.UnusualDebitDetector;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Precision and recall of the four detectors over labelled histories: each detector reads only the
 * history; a finding is right when an open label of its kind names the same merchant (exactly the
 * counterparty) and, for an unusual debit, the same day, for a duplicate either charge's day; a
 * price rise by merchant alone, a low balance by its kind alone. Each label is matched once.
 */
final class DetectorScores {

  static final List<InsightDetector> DETECTORS =
      List.of(
          new PriceRiseDetector(),
          new UnusualDebitDetector(),
          new DuplicateChargeDetector(),
          new LowBalanceForecastDetector());

  /** Counts for one detector. */
  static final class Score {
    int truePositives;
    int falsePositives;
    int labels;
    final Map<String, Integer> wrongAt = new TreeMap<>();

    double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? Double.NaN : (double) truePositives / found;
    }

    double recall() {
      return labels == 0 ? Double.NaN : (double) truePositives / labels;
    }
  }

  private final Map<InsightKind, Score> scores = new EnumMap<>(InsightKind.class);

  DetectorScores() {
    for (InsightKind kind : InsightKind.values()) {
      scores.put(kind, new Score());
    }
  }

  Score of(InsightKind kind) {
    return scores.get(kind);
  }

  /** Runs every detector over one history and counts its findings against the labels. */
  void score(AccountHistory history, List<Label> labels) {
    for (InsightDetector detector : DETECTORS) {
      List<Label> open =
          new ArrayList<>(labels.stream().filter(l -> l.kind() == detector.kind()).toList());
      Score score = scores.get(detector.kind());
      score.labels += open.size();
      for (Insight found : detector.detect(history)) {
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

  /** The table of the four detectors, then each one's wrong findings by merchant. */
  void print(PrintStream out) {
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
          "wrong findings of %s by merchant: %s%n",
          detector.ruleVersion(), scores.get(detector.kind()).wrongAt);
    }
  }

  /** The finding names the label's merchant (its first fact) and day (where it has one). */
  static boolean matches(Label label, Insight found) {
    return switch (label.kind()) {
      case LOW_BALANCE_FORECAST -> true;
      case PRICE_RISE -> Objects.equals(label.merchant(), found.facts().get(0));
      case UNUSUAL_DEBIT ->
          Objects.equals(label.merchant(), found.facts().get(0))
              && Objects.equals(label.day(), found.facts().get(2));
      case DUPLICATE_CHARGE ->
          Objects.equals(label.merchant(), found.facts().get(0))
              && (Objects.equals(label.day(), found.facts().get(3))
                  || Objects.equals(label.day(), found.facts().get(2)));
    };
  }
}
