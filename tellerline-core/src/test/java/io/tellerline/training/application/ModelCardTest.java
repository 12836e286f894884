package io.tellerline.training.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.nlu.evaluate.BinaryScores;
import io.tellerline.nlu.evaluate.LabelScores;
import io.tellerline.nlu.evaluate.LabelScores.Scored;
import io.tellerline.training.application.EvaluationReport.Change;
import io.tellerline.training.application.EvaluationReport.SetResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCardTest {

  private static final CardFacts FACTS =
      new CardFacts(
          "tl-intent-candidate",
          "a".repeat(64),
          "mira",
          Instant.parse("2026-12-06T21:00:00Z"),
          42.5,
          7,
          "b".repeat(64),
          "c".repeat(64),
          4603,
          Map.of("SHIPPED_CORPUS", 4600L, "STAFF_WRITTEN", 3L),
          Map.of("de", 2300L, "en", 2303L),
          "encoder-x",
          Map.of("knn.k", "10"));

  @Test
  void namesTheLineageTheSettingsAndBothModelsFigures() {
    String card = ModelCard.of(FACTS, report(rowsEnglishRight(), rowsGermanHalfRight()));
    assertTrue(card.startsWith("# Model card: tl-intent-candidate\n"), card);
    assertTrue(card.contains("- Dataset version: 7"), card);
    assertTrue(card.contains("`" + "b".repeat(64) + "`"), card);
    assertTrue(card.contains("| STAFF_WRITTEN | 3 |"), card);
    assertTrue(card.contains("| SHIPPED_CORPUS | 4600 |"), card);
    assertTrue(card.contains("| knn.k | `10` |"), card);
    assertTrue(card.contains("Live model: tl-intent-live. Candidate: tl-intent-candidate."), card);
    // all: 3 of 4 right; en 2 of 2; de 1 of 2
    assertTrue(card.contains("| all | 4 | 75.0 % | 75.0 % |"), card);
    assertTrue(card.contains("| de | 2 | 50.0 % | 50.0 % |"), card);
    assertTrue(card.contains("| en | 2 | 100.0 % | 100.0 % |"), card);
    assertTrue(card.contains("| en | 50.0 % | 100.0 % |"), card); // frustration precision, recall
    assertTrue(card.contains("## Intended use"), card);
    assertTrue(card.contains("## Known limits"), card);
  }

  @Test
  void aGapOverFivePointsBetweenLanguagesIsFlaggedForTheApprover() {
    String card = ModelCard.of(FACTS, report(rowsEnglishRight(), rowsGermanHalfRight()));
    assertTrue(
        card.contains("Largest accuracy gap between languages (held-out): 50.0 points."), card);
    assertTrue(card.contains("**Outside the 5.0-point parity goal"), card);
    String even = ModelCard.of(FACTS, report(rowsEnglishRight(), rowsEnglishRightIn("de")));
    assertTrue(even.contains("Within the 5.0-point parity goal."), even);
  }

  @Test
  void changedPredictionsAreListedWithPipesEscaped() {
    String card = ModelCard.of(FACTS, report(rowsEnglishRight(), rowsGermanHalfRight()));
    assertTrue(card.contains("| held-out | de | fee a \\| b | fees | balance | fees |"), card);
    assertTrue(card.contains("1 changed prediction(s)."), card);
    assertFalse(card.contains("first 60 listed"), card);
  }

  private static List<Scored> rowsEnglishRight() {
    return rowsEnglishRightIn("en");
  }

  private static List<Scored> rowsEnglishRightIn(String language) {
    return List.of(new Scored(language, "balance", "balance"), new Scored(language, "oos", "oos"));
  }

  private static List<Scored> rowsGermanHalfRight() {
    return List.of(new Scored("de", "fees", "fees"), new Scored("de", "fees", "balance"));
  }

  private static EvaluationReport report(List<Scored> first, List<Scored> second) {
    List<Scored> all = new java.util.ArrayList<>(first);
    all.addAll(second);
    SetResult heldOut =
        new SetResult(
            CandidateEvaluation.HELD_OUT,
            "test rows",
            LabelScores.of(all),
            LabelScores.of(all),
            LabelScores.byLanguage(all),
            LabelScores.byLanguage(all),
            List.of(new Change("de", "fee a | b", "fees", "balance", "fees")));
    return new EvaluationReport(
        "tl-intent-live",
        "tl-intent-candidate",
        List.of(heldOut),
        "tl-frustration-x",
        Map.of("en", BinaryScores.none().plus(true, true).plus(false, true)));
  }
}
