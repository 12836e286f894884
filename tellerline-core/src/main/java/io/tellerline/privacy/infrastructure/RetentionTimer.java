package io.tellerline.privacy.infrastructure;

import io.tellerline.privacy.application.RetentionService;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour (at minute 17), on every instance, asks for a retention run; the store lets one
 * instance of the cluster do it (an advisory lock, see {@link JdbcRetentionStore}) and the others
 * skip. A run deletes only what is due, so most runs find little; a failed run is retried in an
 * hour. Non-persistent: nothing to recover after a restart, the next hour catches up.
 */
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimer {

  private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

  @Inject RetentionService retention;

  @Schedule(minute = "17", hour = "*", persistent = false)
  void run() {
    try {
      retention
          .runScheduled()
          .ifPresent(
              run ->
                  LOG.info(
                      () ->
                          "retention run "
                              + run.id()
                              + " deleted "
                              + run.countsText()
                              + (run.complete() ? "" : " (more is due: the next run continues)")));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "retention failed; it runs again in an hour", e);
    }
  }
}
