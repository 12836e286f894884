package io.tellerline.conversation.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compares each group's recent figures with its baseline's and lists those that drifted. */
public final class DriftCheck {

  private DriftCheck() {}

  public static List<DriftFinding> findings(
      List<DriftGroupFigures> figures, DriftThresholds thresholds) {
    Map<String, DriftGroupFigures> baselines = new HashMap<>();
    for (DriftGroupFigures group : figures) {
      if (!group.recent()) {
        baselines.put(key(group), group);
      }
    }
    List<DriftFinding> findings = new ArrayList<>();
    for (DriftGroupFigures recent : figures) {
      DriftGroupFigures baseline = baselines.get(key(recent));
      if (!recent.recent()
          || baseline == null
          || recent.turns() < thresholds.minTurns()
          || baseline.turns() < thresholds.minTurns()) {
        continue;
      }
      for (DriftFigure figure : DriftFigure.values()) {
        double before = baseline.value(figure);
        double now = recent.value(figure);
        // A rate drifts when it rises, the confidence when it falls.
        double change = figure == DriftFigure.MEAN_CONFIDENCE ? before - now : now - before;
        if (change > thresholds.threshold(figure)) {
          findings.add(
              new DriftFinding(
                  recent.dimension(),
                  recent.group(),
                  figure,
                  before,
                  now,
                  baseline.turns(),
                  recent.turns(),
                  thresholds.threshold(figure)));
        }
      }
    }
    return findings;
  }

  private static String key(DriftGroupFigures group) {
    return group.dimension() + "\u0000" + group.group();
  }
}
