package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftCheckTest {

  private static DriftThresholds thresholds(double each, int minTurns) {
    Map<DriftFigure, Double> changes = new EnumMap<>(DriftFigure.class);
    for (DriftFigure figure : DriftFigure.values()) {
      changes.put(figure, each);
    }
    return new DriftThresholds(changes, minTurns, Duration.ofHours(24), Duration.ofDays(7));
  }

  @Test
  void aRiseOfTheNotUnderstoodRateAndAFallOfConfidenceAreFindings() {
    // Baseline: 2 of 100 not understood (2 %), confidence 0.85. Recent: 15 of 50 (30 %), 0.70.
    List<DriftGroupFigures> figures =
        List.of(
            new DriftGroupFigures("intent", "balance", false, 100, 2, 0.85, 0, 5, 3),
            new DriftGroupFigures("intent", "balance", true, 50, 15, 0.70, 0, 3, 2));
    List<DriftFinding> findings = DriftCheck.findings(figures, thresholds(0.10, 20));
    assertEquals(2, findings.size(), findings.toString());
    DriftFinding notUnderstood = findings.get(0);
    assertEquals(DriftFigure.NOT_UNDERSTOOD_RATE, notUnderstood.figure());
    assertEquals(0.02, notUnderstood.baselineValue(), 1e-9);
    assertEquals(0.30, notUnderstood.recentValue(), 1e-9);
    // 0.85 - 0.70 = 0.15 > 0.10
    assertEquals(DriftFigure.MEAN_CONFIDENCE, findings.get(1).figure());
  }

  @Test
  void changesWithinTheThresholdOrInSmallGroupsOrImprovementsAreNot() {
    List<DriftGroupFigures> figures =
        List.of(
            // 5 % -> 14 %: 9 points, under 10.
            new DriftGroupFigures("language", "de", false, 100, 5, 0.8, 0, 0, 0),
            new DriftGroupFigures("language", "de", true, 100, 14, 0.9, 0, 0, 0),
            // 0 % -> 100 % but only 5 recent messages.
            new DriftGroupFigures("language", "en", false, 100, 0, 0.8, 0, 0, 0),
            new DriftGroupFigures("language", "en", true, 5, 5, 0.8, 0, 0, 0),
            // better: 50 % -> 0 %.
            new DriftGroupFigures("intent", "card", false, 40, 20, 0.5, 0, 0, 0),
            new DriftGroupFigures("intent", "card", true, 40, 0, 0.9, 0, 0, 0),
            // no baseline at all.
            new DriftGroupFigures("intent", "new", true, 40, 40, 0.1, 0, 0, 0));
    assertTrue(DriftCheck.findings(figures, thresholds(0.10, 20)).isEmpty());
  }

  @Test
  void thresholdsOutOfBoundsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> thresholds(0, 20));
    assertThrows(IllegalArgumentException.class, () -> thresholds(1.5, 20));
    assertThrows(IllegalArgumentException.class, () -> thresholds(0.1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DriftThresholds(Map.of(), 20, Duration.ofHours(24), Duration.ofDays(7)));
  }
}
