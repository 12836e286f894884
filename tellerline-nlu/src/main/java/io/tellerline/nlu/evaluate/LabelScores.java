package io.tellerline.nlu.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy and macro-F1 of a classifier's predictions, overall, per language and per label.
 * Macro-F1 is the mean F1 over every label that occurs as expected or predicted (a label predicted
 * but never expected counts with F1 0, as in scikit-learn).
 */
public final class LabelScores {

  /** One evaluated message: its language, the right label and the predicted one. */
  public record Scored(String language, String expected, String predicted) {
    public boolean right() {
      return expected.equals(predicted);
    }
  }

  /** Precision, recall and F1 of one label, with how often it was expected (support). */
  public record LabelScore(int support, double precision, double recall, double f1) {}

  /** The figures of a set of predictions. */
  public record Summary(
      int messages, double accuracy, double macroF1, Map<String, LabelScore> perLabel) {
    public Summary {
      perLabel = Collections.unmodifiableMap(new TreeMap<>(perLabel));
    }

    /** Recall of one label (e.g. out of scope); 0 when it was never expected. */
    public double recallOf(String label) {
      LabelScore score = perLabel.get(label);
      return score == null ? 0 : score.recall();
    }
  }

  private LabelScores() {}

  public static Summary of(List<Scored> rows) {
    if (rows.isEmpty()) {
      return new Summary(0, 0, 0, Map.of());
    }
    TreeSet<String> labels = new TreeSet<>();
    int right = 0;
    for (Scored row : rows) {
      labels.add(row.expected());
      labels.add(row.predicted());
      right += row.right() ? 1 : 0;
    }
    Map<String, LabelScore> perLabel = new TreeMap<>();
    double f1Sum = 0;
    for (String label : labels) {
      LabelScore score = scoreOf(label, rows);
      perLabel.put(label, score);
      f1Sum += score.f1();
    }
    return new Summary(rows.size(), (double) right / rows.size(), f1Sum / labels.size(), perLabel);
  }

  /** The summary of each language's rows, by language. */
  public static Map<String, Summary> byLanguage(List<Scored> rows) {
    Map<String, List<Scored>> grouped = new TreeMap<>();
    for (Scored row : rows) {
      grouped.computeIfAbsent(row.language(), l -> new ArrayList<>()).add(row);
    }
    Map<String, Summary> summaries = new TreeMap<>();
    grouped.forEach((language, ofLanguage) -> summaries.put(language, of(ofLanguage)));
    return summaries;
  }

  private static LabelScore scoreOf(String label, List<Scored> rows) {
    int truePositives = 0;
    int expected = 0;
    int predicted = 0;
    for (Scored row : rows) {
      boolean isExpected = row.expected().equals(label);
      boolean isPredicted = row.predicted().equals(label);
      expected += isExpected ? 1 : 0;
      predicted += isPredicted ? 1 : 0;
      truePositives += isExpected && isPredicted ? 1 : 0;
    }
    double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
    double recall = expected == 0 ? 0 : (double) truePositives / expected;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new LabelScore(expected, precision, recall, f1);
  }
}
