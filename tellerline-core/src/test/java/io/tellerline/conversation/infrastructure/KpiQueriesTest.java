package io.tellerline.conversation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiQueriesTest {

  @Test
  void everyQueryOfTheFileIsThereWithItsParametersNumbered() {
    assertEquals(
        java.util.Set.of("summary", "escalations", "step_ups", "fairness", "drift"),
        KpiQueries.asWritten().keySet());
    String summary = KpiQueries.positional("summary");
    assertTrue(summary.contains("cast(?1 as timestamptz)"), summary);
    assertTrue(summary.contains("cast(?3 as text)"), summary);
    assertTrue(summary.contains("cast(?4 as integer)"), summary);
    assertFalse(summary.contains(":from"), summary);
    assertFalse(summary.endsWith(";"), summary);
    String drift = KpiQueries.positional("drift");
    assertTrue(drift.contains("?5") && drift.contains("?6") && drift.contains("?2"), drift);
  }

  @Test
  void anUnknownParameterIsAnError() {
    Map<String, String> parsed = KpiQueries.parse("-- name: x\nselect :nope\n-- a comment\n");
    assertEquals("select :nope", parsed.get("x"));
    assertThrows(IllegalArgumentException.class, () -> KpiQueries.positional("x"));
  }
}
