package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.StaffQueueLoad;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The staff queue on {@code /metrics}: how many conversations wait for staff ({@value #WAITING})
 * and how long the longest-waiting one has waited ({@value #LONGEST_WAIT}), read from the database
 * every 15 seconds, so they are the same on every instance and a scrape never queries it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StaffQueueGauges {

  static final String WAITING = "tellerline_queue_waiting";
  static final String LONGEST_WAIT = "tellerline_queue_longest_wait_seconds";
  private static final Logger LOG = Logger.getLogger(StaffQueueGauges.class.getName());

  @Inject ConversationRepository conversations;
  @Inject MetricRegistry metrics;
  @Inject Clock clock;

  private volatile long waiting;
  private volatile double longestWaitSeconds;

  @PostConstruct
  void exposeMetrics() {
    metrics.gauge(
        Metadata.builder()
            .withName(WAITING)
            .withDescription("Conversations waiting for staff")
            .build(),
        () -> waiting);
    metrics.gauge(
        Metadata.builder()
            .withName(LONGEST_WAIT)
            .withDescription("How long the longest-waiting conversation has waited for staff")
            .build(),
        () -> longestWaitSeconds);
  }

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  void refresh() {
    try {
      StaffQueueLoad load = conversations.staffQueueLoad();
      waiting = load.waiting();
      longestWaitSeconds = load.longestWait(clock.instant()).toMillis() / 1000.0;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "reading the staff queue's length failed; it is read again soon", e);
    }
  }
}
