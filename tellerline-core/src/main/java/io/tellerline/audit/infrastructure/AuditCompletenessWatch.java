package io.tellerline.audit.infrastructure;

import io.tellerline.platform.persistence.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Every minute, checks that every recorded event has its leaf or is about to get one, and raises an
 * alert in the server log (message id {@value #ALERT}, for the bank's log monitoring) when an event
 * was kept out of the tree or sequencing is stuck. The last check's counts are also metrics
 * ({@value #WITHOUT_LEAF}, {@value #WAITING_TOO_LONG} on {@code /metrics}) for alerting rules.
 * Every instance checks; the check only reads, and only the events recorded since its bound ({@link
 * IncrementalCompletenessCheck}): the compliance verification reads the whole log.
 */
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditCompletenessWatch {

  static final String ALERT = "TELLERLINE-AUDIT-INCOMPLETE";
  static final String WITHOUT_LEAF = "tellerline_audit_events_without_leaf";
  static final String WAITING_TOO_LONG = "tellerline_audit_events_waiting_too_long";
  private static final Logger LOG = Logger.getLogger(AuditCompletenessWatch.class.getName());

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject Clock clock;
  @Inject MetricRegistry metrics;

  private final IncrementalCompletenessCheck completeness = new IncrementalCompletenessCheck();
  private volatile long withoutLeaf;
  private volatile long waitingTooLong;

  @PostConstruct
  void exposeMetrics() {
    metrics.gauge(WITHOUT_LEAF, () -> withoutLeaf);
    metrics.gauge(WAITING_TOO_LONG, () -> waitingTooLong);
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  void check() {
    try (Connection connection = dataSource.getConnection()) {
      LeafCompleteness found = completeness.check(connection, clock.instant());
      withoutLeaf = found.withoutLeafOrQueue();
      waitingTooLong = found.waitingTooLong();
      if (!found.complete()) {
        LOG.severe(
            () ->
                ALERT
                    + ": "
                    + found.withoutLeafOrQueue()
                    + " events without a leaf or queue entry, "
                    + found.waitingTooLong()
                    + " waiting longer than "
                    + found.grace());
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "the audit completeness check failed; it runs again in a minute", e);
    }
  }
}
