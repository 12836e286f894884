package io.tellerline.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

  @Test
  void everyClassHasItsCutOff() {
    Instant now = Instant.parse("2030-06-01T00:00:00Z");
    Map<RetentionClass, Instant> cutoffs = RetentionSchedule.defaults().cutoffs(now);
    assertEquals(RetentionClass.values().length, cutoffs.size());
    assertEquals(now.minus(Duration.ofDays(90)), cutoffs.get(RetentionClass.PENDING_ACTIONS));
    assertEquals(now.minus(Duration.ofDays(1825)), cutoffs.get(RetentionClass.CONVERSATIONS));
  }

  @Test
  void aMissingOrOutOfBoundsPeriodIsRefused() {
    Map<RetentionClass, Duration> periods = new EnumMap<>(RetentionSchedule.defaults().periods());
    periods.remove(RetentionClass.NOTES);
    assertThrows(IllegalArgumentException.class, () -> new RetentionSchedule(periods));
    periods.put(RetentionClass.NOTES, Duration.ofHours(1));
    assertThrows(IllegalArgumentException.class, () -> new RetentionSchedule(periods));
  }

  @Test
  void countsSurviveTheirStoredForm() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("conversations", 3L);
    counts.put("messages", 41L);
    RetentionRun run =
        new RetentionRun(
            java.util.UUID.randomUUID(),
            Instant.EPOCH,
            Instant.EPOCH,
            Instant.EPOCH,
            false,
            "system",
            counts,
            true);
    assertEquals("conversations=3,messages=41", run.countsText());
    assertEquals(counts, RetentionRun.parseCounts(run.countsText()));
    assertEquals(44, run.total());
  }
}
