package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.conversation.domain.DriftCheck;
import io.tellerline.conversation.domain.DriftFinding;
import io.tellerline.conversation.domain.DriftThresholds;
import io.tellerline.conversation.domain.KpiStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drift monitoring: the recent window's figures per language and per intent against the baseline
 * window before it ({@link DriftCheck}); a drift beyond its threshold raises an alert (stored,
 * shown on the dashboard, counted on {@code /metrics}) and a {@code DRIFT_ALERT_RAISED} audit event
 * with the aggregates only. One instance checks at a time (an advisory lock); the same group's
 * figure alerts at most once per recent window.
 */
@Stateless
public class DriftMonitor {

  @Inject KpiStore store;
  @Inject DriftThresholds thresholds;
  @Inject Audit audit;
  @Inject Clock clock;

  /** The alerts raised now; empty (not checked) when another instance is checking. */
  public Optional<List<DriftFinding>> check() {
    if (!store.lockDriftCheck()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Instant recentFrom = now.minus(thresholds.recent());
    List<DriftFinding> raised = new ArrayList<>();
    for (DriftFinding finding :
        DriftCheck.findings(
            store.driftFigures(recentFrom.minus(thresholds.baseline()), recentFrom, now),
            thresholds)) {
      if (store.alertedSince(finding, recentFrom)) {
        continue;
      }
      store.addAlert(finding, now);
      audit
          .systemEvent(AuditEventType.DRIFT_ALERT_RAISED)
          .with("dimension", finding.dimension())
          .with("group", finding.group())
          .with("figure", finding.figure().name())
          .with("baseline", finding.baselineValue())
          .with("recent", finding.recentValue())
          .with("baselineTurns", finding.baselineTurns())
          .with("recentTurns", finding.recentTurns())
          .with("threshold", finding.threshold())
          .record();
      raised.add(finding);
    }
    return Optional.of(raised);
  }
}
