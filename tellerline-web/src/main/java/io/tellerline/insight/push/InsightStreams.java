package io.tellerline.insight.push;

import io.tellerline.conversation.push.ChangeStream;
import io.tellerline.insight.application.InsightWatch;
import io.tellerline.kernel.CustomerId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Proactive insights through the chat's event stream (issue 21, item 4): every {@link #CHECK}, each
 * open customer stream on this instance is told "insights" when its customer has an insight she did
 * not have when the stream opened or at the last check; the page then fetches them. Nothing is sent
 * without her consent (she has no insights then). The stream's own lifetime (a few minutes, see
 * ChangeStreams) ends the watch: a send on a closed stream fails and the watch is forgotten.
 */
@ApplicationScoped
public class InsightStreams {

  static final Duration CHECK = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(InsightStreams.class.getName());

  @Inject InsightWatch watch;
  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> checking;

  /** A stream, its customer and the insight ids she had at the last look. */
  private static final class Watched {
    final ChangeStream stream;
    final CustomerId customer;
    volatile Set<String> known;

    Watched(ChangeStream stream, CustomerId customer, Set<String> known) {
      this.stream = stream;
      this.customer = customer;
      this.known = known;
    }
  }

  @PostConstruct
  void start() {
    long period = CHECK.toMillis();
    checking = scheduler.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    checking.cancel(false);
    watched.clear();
  }

  /** Watches the stream a customer opened (from her request: her subject). */
  public void watch(ChangeStream stream, String identitySubject) {
    watch
        .customerOf(identitySubject)
        .ifPresent(customer -> watched.add(new Watched(stream, customer, watch.idsOf(customer))));
  }

  private void check() {
    for (Watched one : watched) {
      try {
        Set<String> now = watch.idsOf(one.customer);
        boolean arrived = !one.known.containsAll(now);
        one.known = now;
        if (arrived ? !one.stream.send("insights", "") : !one.stream.heartbeat()) {
          watched.remove(one);
        }
      } catch (RuntimeException e) {
        // One customer's failure (her core bank unreachable) must not stop the others' checks.
        // The exception names classes and states, never a customer's data.
        LOG.log(Level.WARNING, "insight check failed", e);
      }
    }
  }
}
