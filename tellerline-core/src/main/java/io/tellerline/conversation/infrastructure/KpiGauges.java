package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.application.DriftMonitor;
import io.tellerline.conversation.application.KpiDashboard;
import io.tellerline.conversation.domain.KpiDimension;
import io.tellerline.conversation.domain.KpiFigures;
import io.tellerline.conversation.domain.KpiPeriod;
import io.tellerline.conversation.domain.KpiStore;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The KPIs of the last 7 days on {@code /metrics} ({@value #SELF_SERVICE}, {@value #CSAT}, {@value
 * #NOT_UNDERSTOOD}) and the drift alerts of the last day ({@value #DRIFT_ALERTS}): computed by the
 * dashboard's query every 5 minutes and kept, so a scrape never queries the database. NaN while
 * there is nothing to divide. Every 15 minutes it also asks for a drift check, which one instance
 * of the cluster does (an advisory lock in {@link DriftMonitor}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KpiGauges {

  static final String SELF_SERVICE = "tellerline_kpi_self_service_ratio";
  static final String CSAT = "tellerline_kpi_csat_mean";
  static final String NOT_UNDERSTOOD = "tellerline_kpi_not_understood_ratio";
  static final String DRIFT_ALERTS = "tellerline_drift_alerts";
  static final Duration WINDOW = Duration.ofDays(7);
  private static final Logger LOG = Logger.getLogger(KpiGauges.class.getName());

  @Inject KpiStore store;
  @Inject DriftMonitor drift;
  @Inject MetricRegistry metrics;
  @Inject Clock clock;

  private volatile double selfService = Double.NaN;
  private volatile double csat = Double.NaN;
  private volatile double notUnderstood = Double.NaN;
  private volatile long driftAlerts;

  @PostConstruct
  void exposeMetrics() {
    gauge(SELF_SERVICE, "Self-served share of the conversations ended in the last 7 days")
        .accept(() -> selfService);
    gauge(CSAT, "Mean customer rating (1-5) of the last 7 days' conversations").accept(() -> csat);
    gauge(NOT_UNDERSTOOD, "Share of the last 7 days' customer messages not understood")
        .accept(() -> notUnderstood);
    gauge(DRIFT_ALERTS, "Drift alerts raised in the last 24 hours").accept(() -> driftAlerts);
  }

  private Consumer<Supplier<Number>> gauge(String name, String description) {
    return value ->
        metrics.gauge(
            Metadata.builder().withName(name).withDescription(description).build(), value);
  }

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void refresh() {
    try {
      Instant now = clock.instant();
      KpiFigures week =
          store
              .figures(
                  new KpiPeriod(now.minus(WINDOW), now), KpiDimension.ALL, KpiDashboard.IDLE_HOURS)
              .total()
              .orElse(null);
      selfService = week == null ? Double.NaN : week.selfServiceRate().orElse(Double.NaN);
      csat = week == null ? Double.NaN : week.csatMean().orElse(Double.NaN);
      notUnderstood = week == null ? Double.NaN : week.notUnderstoodRate().orElse(Double.NaN);
      driftAlerts = store.alertsSince(now.minus(Duration.ofDays(1))).size();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "reading the KPIs failed; they are read again in 5 minutes", e);
    }
  }

  @Schedule(minute = "*/15", hour = "*", persistent = false)
  void checkDrift() {
    try {
      drift.check();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the drift check failed; it runs again in 15 minutes", e);
    }
  }
}
