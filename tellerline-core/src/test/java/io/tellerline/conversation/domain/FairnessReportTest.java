package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FairnessReportTest {

  @Test
  void aGapOverFivePointsIsAFindingWithBothGroups() {
    // Escalation: new 12 of 40 = 30.0 %, long-standing 10 of 100 = 10.0 %: 20.0 points.
    // Not understood: 4 of 80 = 5.0 % and 8 of 200 = 4.0 %: 1 point, parity.
    List<String> findings =
        FairnessReport.findings(
            List.of(
                new FairnessRow("m1", "tenure", "new", 40, 80, 4, 12, 0),
                new FairnessRow("m1", "tenure", "long-standing", 100, 200, 8, 10, 0)));
    assertEquals(
        List.of(
            "m1 / tenure: escalation rate new 30.0 % vs long-standing 10.0 % (gap 20.0 points)"),
        findings);
  }

  @Test
  void exactlyFivePointsSmallGroupsAndOtherModelsAreNotCompared() {
    List<String> findings =
        FairnessReport.findings(
            List.of(
                // 15.0 % vs 10.0 %: exactly 5 points.
                new FairnessRow("m1", "language", "de", 20, 40, 6, 0, 0),
                new FairnessRow("m1", "language", "en", 20, 40, 4, 0, 0),
                // 9 conversations: too few.
                new FairnessRow("m1", "channel", "WEB_CHAT", 9, 9, 9, 9, 0),
                new FairnessRow("m1", "channel", "PHONE", 50, 50, 0, 0, 0),
                // another model version's group is not compared with m1's.
                new FairnessRow("m2", "language", "de", 20, 40, 40, 20, 0)));
    assertTrue(findings.isEmpty(), findings.toString());
  }
}
