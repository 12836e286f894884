package io.tellerline.audit.infrastructure;

import io.tellerline.audit.log.TreeHead;
import io.tellerline.platform.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every second, adds queued audit events to the Merkle tree and signs a tree head when {@code
 * every-events} events or {@code every} time have passed since the last one. Several application
 * instances may run it: a PostgreSQL advisory lock lets one at a time sequence, so leaf indexes
 * stay gapless and unique and there is one tree.
 */
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditLogSequencer {

  static final int BATCH = 2_000;
  private static final Logger LOG = Logger.getLogger(AuditLogSequencer.class.getName());

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject AuditSigningKey signingKey;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tellerline.audit.tree-head.every-events", defaultValue = "1000")
  int headEveryEvents;

  @Inject
  @ConfigProperty(name = "tellerline.audit.tree-head.every", defaultValue = "PT10S")
  Duration headEvery;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void tick() {
    try {
      integrate();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "audit sequencing failed; it is retried in a second", e);
    }
  }

  /** Sequences until the queue is empty (or another instance holds the lock); signs if due. */
  public synchronized long integrate() throws SQLException {
    long added = 0;
    int batch;
    do {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        AuditLogStore store = new AuditLogStore(connection);
        batch = store.sequence(BATCH);
        signIfDue(store);
        connection.commit();
      }
      added += batch;
    } while (batch == BATCH);
    return added;
  }

  private void signIfDue(AuditLogStore store) throws SQLException {
    long size = store.size();
    Optional<TreeHead> last = store.latestHead();
    long lastSize = last.map(TreeHead::size).orElse(0L);
    // Milliseconds: what PostgreSQL stores is exactly what was signed.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    boolean due =
        size > lastSize
            && (size - lastSize >= headEveryEvents
                || last.map(head -> head.timestamp().plus(headEvery).isBefore(now)).orElse(true));
    if (due) {
      store.saveHead(
          signingKey.key().sign(size, store.root(size), now), signingKey.key().publicKey());
    }
  }
}
