package io.tellerline.training.application;

import io.tellerline.nlu.evaluate.BinaryScores;
import io.tellerline.nlu.evaluate.LabelScores.Summary;
import java.util.List;
import java.util.Map;

/**
 * A candidate's evaluation beside the live model's, on data neither was trained on: per set, both
 * models' figures overall and per language, and every message on which they differ.
 *
 * @param frustration the frustration detector's precision and recall per language (it is not
 *     retrained with the intent model, so both models share it; its version is named)
 */
public record EvaluationReport(
    String liveVersion,
    String candidateVersion,
    List<SetResult> sets,
    String frustrationVersion,
    Map<String, BinaryScores> frustration) {

  /** One evaluation set. */
  public record SetResult(
      String name,
      String description,
      Summary live,
      Summary candidate,
      Map<String, Summary> liveByLanguage,
      Map<String, Summary> candidateByLanguage,
      List<Change> changes) {}

  /** A message the two models label differently (evaluation text, never a customer's). */
  public record Change(
      String language, String text, String expected, String live, String candidate) {}

  public SetResult set(String name) {
    return sets.stream()
        .filter(set -> set.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no evaluation set " + name));
  }
}
