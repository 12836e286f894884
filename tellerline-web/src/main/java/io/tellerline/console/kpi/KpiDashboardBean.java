package io.tellerline.console.kpi;

import io.tellerline.console.ConsolePage;
import io.tellerline.conversation.application.KpiDashboard;
import io.tellerline.conversation.domain.DriftAlert;
import io.tellerline.conversation.domain.FairnessReport;
import io.tellerline.conversation.domain.FairnessRow;
import io.tellerline.conversation.domain.KpiDimension;
import io.tellerline.conversation.domain.KpiFigures;
import io.tellerline.conversation.domain.KpiTable;
import io.tellerline.conversation.domain.StepUpCounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The KPI dashboard page (supervisors, compliance officers): the KPIs of a period grouped as asked,
 * with charts, escalations by reason, step-up completion, the drift alerts of the last day as a
 * banner, and the fairness report whose gaps over 5 points a person acknowledges (audited).
 */
@Named
@ViewScoped
public class KpiDashboardBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject KpiDashboard dashboard;
  @Inject HttpServletRequest request;
  @Inject Clock clock;

  private String from;
  private String to;
  private String dimension = KpiDimension.DAY.name();
  private String finding;
  private String reason;

  private List<KpiFigures> rows = List.of();
  private KpiFigures total;
  private Map<String, Long> escalations = Map.of();
  private StepUpCounts stepUps = new StepUpCounts(0, 0);
  private List<FairnessRow> fairness = List.of();
  private List<String> findings = List.of();
  private List<String> acknowledged = List.of();
  private List<DriftAlert> alerts = List.of();

  /** viewAction and the "Show" button. */
  public void load() {
    try {
      KpiRequest asked = KpiRequest.of(from, to, dimension, clock);
      // The form shows what is shown: the days and grouping as understood.
      from = LocalDate.ofInstant(asked.period().from(), ZoneOffset.UTC).toString();
      to = LocalDate.ofInstant(asked.period().to(), ZoneOffset.UTC).minusDays(1).toString();
      dimension = asked.dimension().name();
      KpiTable table = dashboard.figures(asked.period(), asked.dimension());
      rows = table.groups();
      total = table.total().orElse(null);
      escalations = dashboard.escalations(asked.period());
      stepUps = dashboard.stepUps(asked.period());
      fairness = dashboard.fairness(asked.period());
      findings = FairnessReport.findings(fairness);
      acknowledged = dashboard.acknowledgements();
      alerts = dashboard.recentAlerts();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  public void checkDrift() {
    try {
      int raised = dashboard.checkDriftNow();
      ConsolePage.info("Drift checked: " + raised + " new alert(s).");
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
    load();
  }

  public void acknowledge() {
    try {
      dashboard.acknowledge(request.getUserPrincipal().getName(), finding, reason);
      ConsolePage.info("Acknowledged: " + finding);
      finding = null;
      reason = null;
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
    load();
  }

  /** The CSV export's link for the period and grouping shown. */
  public String exportUrl(String report) {
    return request.getContextPath()
        + "/console/kpi/export.csv?report="
        + report
        + "&from="
        + encoded(from)
        + "&to="
        + encoded(to)
        + "&dimension="
        + encoded(dimension);
  }

  private static String encoded(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public String percent(OptionalDouble rate) {
    return KpiFormat.percent(rate);
  }

  public String seconds(OptionalDouble seconds) {
    return KpiFormat.seconds(seconds);
  }

  public String mean(OptionalDouble mean) {
    return KpiFormat.mean(mean);
  }

  /** An escalation reason's share of all conversations of the period. */
  public String escalationShare(long count) {
    return total == null ? KpiFormat.NONE : percent(KpiFigures.ratio(count, total.conversations()));
  }

  public String ratesChart() {
    return KpiChart.rates(rows);
  }

  public String csatChart() {
    return total == null ? "" : KpiChart.csat(total);
  }

  public KpiDimension[] getDimensions() {
    return KpiDimension.values();
  }

  public List<KpiFigures> getRows() {
    return rows;
  }

  public KpiFigures getTotal() {
    return total;
  }

  public List<Map.Entry<String, Long>> getEscalations() {
    return List.copyOf(escalations.entrySet());
  }

  public StepUpCounts getStepUps() {
    return stepUps;
  }

  public List<FairnessRow> getFairness() {
    return fairness;
  }

  public List<String> getFindings() {
    return findings;
  }

  public List<String> getAcknowledged() {
    return acknowledged;
  }

  public List<DriftAlert> getAlerts() {
    return alerts;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getDimension() {
    return dimension;
  }

  public void setDimension(String dimension) {
    this.dimension = dimension;
  }

  public String getFinding() {
    return finding;
  }

  public void setFinding(String finding) {
    this.finding = finding;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
