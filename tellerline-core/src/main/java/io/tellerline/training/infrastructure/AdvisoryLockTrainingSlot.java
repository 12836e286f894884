package io.tellerline.training.infrastructure;

import io.tellerline.platform.persistence.DatabaseMigrator;
import io.tellerline.training.domain.TrainingSlot;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The training slot as a session-level PostgreSQL advisory lock on a connection held for the whole
 * training: {@code pg_try_advisory_lock} answers at once, so a second training anywhere in the
 * cluster is refused rather than queued; if the instance dies, PostgreSQL frees the lock with its
 * connection.
 */
@ApplicationScoped
public class AdvisoryLockTrainingSlot implements TrainingSlot {

  /** Key of the lock ("TLTRAIN" in ASCII): distinct from retention's and the sequencer's. */
  static final long TRAINING_LOCK = 0x544C545241494EL;

  private static final Logger LOG = Logger.getLogger(AdvisoryLockTrainingSlot.class.getName());

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  DataSource dataSource;

  @Override
  public Optional<Held> tryTake() {
    try {
      Connection connection = dataSource.getConnection();
      try (Statement sql = connection.createStatement();
          ResultSet taken =
              sql.executeQuery("select pg_try_advisory_lock(" + TRAINING_LOCK + ")")) {
        taken.next();
        if (taken.getBoolean(1)) {
          return Optional.of(() -> release(connection));
        }
      }
      connection.close();
      return Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("the training slot could not be checked", e);
    }
  }

  private static void release(Connection connection) {
    try (connection;
        Statement sql = connection.createStatement()) {
      sql.execute("select pg_advisory_unlock(" + TRAINING_LOCK + ")");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "freeing the training slot failed; its connection is closed", e);
    }
  }
}
