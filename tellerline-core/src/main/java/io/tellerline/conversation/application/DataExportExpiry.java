package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.DataExports;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Deletes customers' data exports once they expire, every ten minutes on every instance (deleting
 * twice is harmless), so that no copy outlives {@code DataExport.KEEP} by much even when nobody
 * asks for a new one.
 */
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DataExportExpiry {

  private static final Logger LOG = Logger.getLogger(DataExportExpiry.class.getName());

  @Inject DataExports exports;
  @Inject Clock clock;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void removeExpired() {
    int removed = exports.removeExpired(clock.instant());
    if (removed > 0) {
      LOG.info(() -> removed + " expired data exports deleted");
    }
  }
}
