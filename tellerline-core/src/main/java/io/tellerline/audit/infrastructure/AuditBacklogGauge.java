package io.tellerline.audit.infrastructure;

import io.tellerline.platform.persistence.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The sequencer's backlog on {@code /metrics} ({@value #BACKLOG}): recorded events still queued for
 * their leaf of the Merkle tree, read every 15 seconds. It stays near 0 while the sequencer keeps
 * up; a growing backlog means tree heads lag behind the answers.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditBacklogGauge {

  static final String BACKLOG = "tellerline_audit_backlog";
  private static final Logger LOG = Logger.getLogger(AuditBacklogGauge.class.getName());

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject MetricRegistry metrics;

  private volatile long backlog;

  @PostConstruct
  void exposeMetrics() {
    metrics.gauge(
        Metadata.builder()
            .withName(BACKLOG)
            .withDescription("Audit events queued for their leaf of the Merkle tree")
            .build(),
        () -> backlog);
  }

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  void refresh() {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        ResultSet count = sql.executeQuery("select count(*) from audit_pending")) {
      count.next();
      backlog = count.getLong(1);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "reading the audit backlog failed; it is read again soon", e);
    }
  }
}
