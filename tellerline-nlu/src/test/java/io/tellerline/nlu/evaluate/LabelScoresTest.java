package io.tellerline.nlu.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.nlu.evaluate.LabelScores.Scored;
import io.tellerline.nlu.evaluate.LabelScores.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelScoresTest {

  /** Worked by hand: 5 messages, 3 right. */
  private static final List<Scored> ROWS =
      List.of(
          new Scored("en", "balance", "balance"),
          new Scored("en", "balance", "oos"),
          new Scored("en", "oos", "oos"),
          new Scored("de", "fees", "balance"),
          new Scored("de", "fees", "fees"));

  @Test
  void accuracyAndMacroF1AreTheHandComputedValues() {
    Summary summary = LabelScores.of(ROWS);
    assertEquals(5, summary.messages());
    assertEquals(0.6, summary.accuracy(), 1e-9);
    // balance: P 1/2, R 1/2, F1 1/2; oos: P 1/2, R 1, F1 2/3; fees: P 1, R 1/2, F1 2/3
    assertEquals((0.5 + 2.0 / 3 + 2.0 / 3) / 3, summary.macroF1(), 1e-9);
    assertEquals(1.0, summary.recallOf("oos"), 1e-9);
    assertEquals(2, summary.perLabel().get("balance").support());
    assertEquals(0.5, summary.perLabel().get("balance").precision(), 1e-9);
  }

  @Test
  void aLabelPredictedButNeverExpectedCountsAsZeroF1() {
    Summary summary = LabelScores.of(List.of(new Scored("en", "a", "b")));
    assertEquals(0, summary.accuracy(), 1e-9);
    assertEquals(0, summary.macroF1(), 1e-9);
    assertEquals(0, summary.perLabel().get("b").support());
  }

  @Test
  void perLanguageSummariesSplitTheRows() {
    var byLanguage = LabelScores.byLanguage(ROWS);
    assertEquals(3, byLanguage.get("en").messages());
    assertEquals(2.0 / 3, byLanguage.get("en").accuracy(), 1e-9);
    assertEquals(0.5, byLanguage.get("de").accuracy(), 1e-9);
  }

  @Test
  void noRowsGiveZeroes() {
    assertEquals(0, LabelScores.of(List.of()).macroF1());
  }

  @Test
  void frustrationPrecisionAndRecallCountEachDecision() {
    BinaryScores scores =
        BinaryScores.none().plus(true, true).plus(true, false).plus(false, true).plus(false, false);
    assertEquals(0.5, scores.precision(), 1e-9);
    assertEquals(0.5, scores.recall(), 1e-9);
    assertEquals(0, BinaryScores.none().precision());
  }

  @Test
  void theShippedEvaluationSetsAreReadable() {
    assertEquals(476, HeldOutSets.intents().size());
    assertEquals(525, HeldOutSets.frustration().size());
    var stories = HeldOutSets.storyMessages();
    assertEquals(true, stories.size() > 200, "stories: " + stories.size());
    assertEquals(true, stories.stream().allMatch(s -> s.language().matches("en|de")));
  }
}
