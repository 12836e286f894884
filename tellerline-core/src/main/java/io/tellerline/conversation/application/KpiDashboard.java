package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.conversation.domain.DriftAlert;
import io.tellerline.conversation.domain.FairnessRow;
import io.tellerline.conversation.domain.KpiDimension;
import io.tellerline.conversation.domain.KpiPeriod;
import io.tellerline.conversation.domain.KpiStore;
import io.tellerline.conversation.domain.KpiTable;
import io.tellerline.conversation.domain.StepUpCounts;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The KPI dashboard for supervisors and compliance officers (issue 19): the KPIs of the
 * conversations that started in a period, grouped by day, week, language, channel or intent; the
 * escalations by reason; step-up completion; the fairness report and its acknowledged gaps; the
 * drift alerts of the last day. Reads aggregates only: no message, no customer.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR, Role.COMPLIANCE_OFFICER, Role.ADMIN})
public class KpiDashboard {

  /** A conversation idle this long without being closed counts as ended (self-service). */
  public static final int IDLE_HOURS = 4;

  public static final int MAX_REASON = 1000;

  @Inject KpiStore store;
  @Inject Audit audit;
  @Inject Clock clock;
  @Inject DriftMonitor drift;

  public KpiTable figures(KpiPeriod period, KpiDimension dimension) {
    return store.figures(period, dimension, IDLE_HOURS);
  }

  public Map<String, Long> escalations(KpiPeriod period) {
    return store.escalations(period);
  }

  public StepUpCounts stepUps(KpiPeriod period) {
    return store.stepUps(period);
  }

  public List<FairnessRow> fairness(KpiPeriod period) {
    return store.fairness(period);
  }

  /** The drift alerts raised in the last day (the dashboard's banner). */
  public List<DriftAlert> recentAlerts() {
    return store.alertsSince(clock.instant().minus(Duration.ofDays(1)));
  }

  /** Runs the drift check now (as the timer does); the number of alerts raised. */
  public int checkDriftNow() {
    return drift.check().map(List::size).orElse(0);
  }

  /** Records that the signed-in person acknowledged a fairness gap, and why; audited. */
  public void acknowledge(String staff, String finding, String reason) {
    if (finding == null || finding.isBlank() || finding.length() > 300) {
      throw new InvalidInputException("finding", "kpi.finding_invalid");
    }
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
      throw new InvalidInputException("reason", "kpi.reason_invalid");
    }
    Instant now = clock.instant();
    store.addAcknowledgement(finding.strip(), reason.strip(), staff, now);
    audit
        .staffAction(AuditEventType.FAIRNESS_GAP_ACKNOWLEDGED)
        .with("finding", finding.strip())
        .with("reason", reason.strip())
        .record();
  }

  /** The fairness gaps acknowledged in the last 90 days. */
  public List<String> acknowledgements() {
    return store.acknowledgementsSince(clock.instant().minus(Duration.ofDays(90)));
  }
}
