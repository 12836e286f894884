package io.tellerline.audit.infrastructure;

import io.tellerline.platform.persistence.DatabaseMigrator;
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

/**
 * Every minute, checks that every recorded event has its leaf or is about to get one, and raises an
 * alert in the server log (message id {@value #ALERT}, for the bank's log monitoring) when an event
 * was kept out of the tree or sequencing is stuck. Every instance checks; the check only reads.
 */
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditCompletenessWatch {

  static final String ALERT = "TELLERLINE-AUDIT-INCOMPLETE";
  private static final Logger LOG = Logger.getLogger(AuditCompletenessWatch.class.getName());

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject Clock clock;

  @Schedule(minute = "*", hour = "*", persistent = false)
  void check() {
    try (Connection connection = dataSource.getConnection()) {
      LeafCompleteness found = LeafCompleteness.of(connection, clock.instant());
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
