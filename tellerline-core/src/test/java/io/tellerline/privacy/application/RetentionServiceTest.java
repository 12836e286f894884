package io.tellerline.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.Caller;
import io.tellerline.platform.domain.GoodProductionSettings;
import io.tellerline.privacy.domain.RetentionClass;
import io.tellerline.privacy.domain.RetentionPolicy;
import io.tellerline.privacy.domain.RetentionRun;
import io.tellerline.privacy.domain.RetentionSchedule;
import io.tellerline.privacy.domain.RetentionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which moment a run applies, who may move it, and what is recorded. */
class RetentionServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  private static final Instant LATER = Instant.parse("2032-01-01T00:00:00Z");
  private static final Caller CORA =
      new Caller(
          "s-cora", "cora", Set.of("compliance-officer"), "mfa", List.of(), Optional.empty());

  private final FakeStore store = new FakeStore();
  private final List<RetentionRun> recorded = new ArrayList<>();

  @Test
  void productionRefusesToMoveTheClockForARunAndForADryRun() {
    RetentionService production = service(true, true);
    assertThrows(
        RetentionClockRefusedException.class, () -> production.runNow(CORA, Optional.of(LATER)));
    assertThrows(
        RetentionClockRefusedException.class, () -> production.dryRun(CORA, Optional.of(LATER)));
    assertTrue(store.purgedAt.isEmpty(), "nothing deleted");
    assertTrue(recorded.isEmpty());
    assertFalse(production.clockMayMove());
  }

  @Test
  void productionRunsAsOfNow() {
    RetentionRun run = service(true, true).runNow(CORA, Optional.empty()).orElseThrow();
    assertEquals(NOW, run.asOf());
    assertEquals(
        NOW.minus(Duration.ofDays(1825)), store.purgedAt.get(0).get(RetentionClass.CONVERSATIONS));
    assertEquals("cora", run.startedBy());
    assertEquals(List.of(run), recorded);
  }

  @Test
  void developmentMayRunAsOfALaterMoment() {
    RetentionRun run = service(false, true).runNow(CORA, Optional.of(LATER)).orElseThrow();
    assertEquals(LATER, run.asOf());
    assertEquals(
        LATER.minus(Duration.ofDays(2)), store.purgedAt.get(0).get(RetentionClass.RATE_LIMITS));
    assertEquals(7L, run.counts().get("conversations"));
    assertFalse(run.dryRun());
  }

  @Test
  void aDryRunCountsAndDeletesNothing() {
    RetentionRun run = service(false, true).dryRun(CORA, Optional.empty());
    assertTrue(run.dryRun());
    assertEquals(3L, run.counts().get("reveals"));
    assertTrue(store.purgedAt.isEmpty());
    assertEquals(List.of(run), recorded);
  }

  @Test
  void theTimerRunsAsTheSystemOnlyWhenEnabledAndOnlyOnTheInstanceHoldingTheLock() {
    assertTrue(service(true, false).runScheduled().isEmpty(), "disabled");
    assertTrue(store.purgedAt.isEmpty());

    RetentionRun run = service(true, true).runScheduled().orElseThrow();
    assertEquals(RetentionService.SYSTEM, run.startedBy());

    store.otherInstanceRuns = true;
    assertTrue(service(true, true).runScheduled().isEmpty(), "another instance runs it");
    assertEquals(1, recorded.size(), "a skipped run is not recorded");
  }

  private RetentionService service(boolean production, boolean enabled) {
    RetentionService service = new RetentionService();
    service.store = store;
    service.policy =
        new RetentionPolicy(RetentionSchedule.defaults(), 100, Duration.ofMinutes(1), enabled);
    service.recorder =
        new RetentionRecorder() {
          @Override
          public void record(RetentionRun run) {
            recorded.add(run);
          }
        };
    GoodProductionSettings settings = new GoodProductionSettings();
    settings.production = production;
    service.deployment = settings::build;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return service;
  }

  private static final class FakeStore implements RetentionStore {
    final List<Map<RetentionClass, Instant>> purgedAt = new ArrayList<>();
    boolean otherInstanceRuns;

    @Override
    public Optional<Purge> purge(
        Map<RetentionClass, Instant> cutoffs, int batchSize, Instant deadline) {
      if (otherInstanceRuns) {
        return Optional.empty();
      }
      purgedAt.add(cutoffs);
      return Optional.of(new Purge(Map.of("conversations", 7L), true));
    }

    @Override
    public Map<String, Long> countDue(Map<RetentionClass, Instant> cutoffs) {
      return Map.of("reveals", 3L);
    }

    @Override
    public void record(RetentionRun run) {}

    @Override
    public List<RetentionRun> latest(int max) {
      return List.of();
    }
  }
}
