package io.tellerline.conversation.push;

import io.tellerline.conversation.application.ConversationEvents;
import io.tellerline.conversation.application.ConversationEvents.ConversationChange;
import io.tellerline.conversation.application.ConversationEvents.Subscription;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event streams open on this instance (customer chat pages and console pages). A
 * stream hears "ready" when it opens (the page then re-reads, so nothing between its last read and
 * the subscription is missed) and "changed" with the conversation's id for every committed change
 * it follows. Streams end after {@link #MAX_AGE}: the page reconnects with fresh credentials, so a
 * revoked token or ended session does not keep a stream alive.
 */
@ApplicationScoped
public class ChangeStreams {

  static final Duration MAX_AGE = Duration.ofMinutes(5);
  static final Duration HEARTBEAT = Duration.ofSeconds(20);

  @Inject ConversationEvents events;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
  private Subscription subscription;
  private ScheduledFuture<?> sweeping;

  /** A stream and what it follows: one conversation, or every one (null). */
  private record Follower(ChangeStream stream, UUID conversation, long openedAtNanos) {

    boolean follows(ConversationChange change) {
      return conversation == null || change.concerns(conversation);
    }

    boolean expired(long now) {
      return now - openedAtNanos > MAX_AGE.toNanos();
    }
  }

  @PostConstruct
  void start() {
    subscription = events.subscribe(change -> executor.execute(() -> deliver(change)));
    long period = HEARTBEAT.toMillis();
    sweeping = scheduler.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    subscription.close();
    sweeping.cancel(false);
    followers.forEach(this::end);
  }

  /** Follows one conversation. The caller has checked that the stream's owner may see it. */
  public void follow(ChangeStream stream, UUID conversation) {
    open(new Follower(stream, conversation, System.nanoTime()));
  }

  /** Follows every conversation (staff queue). The caller has checked the stream's owner. */
  public void followAll(ChangeStream stream) {
    open(new Follower(stream, null, System.nanoTime()));
  }

  private void open(Follower follower) {
    followers.add(follower);
    if (!follower.stream().send("ready", "")) {
      end(follower);
    }
  }

  private void deliver(ConversationChange change) {
    String data = change.resync() ? "*" : change.conversationId().toString();
    for (Follower follower : followers) {
      if (follower.follows(change) && !follower.stream().send("changed", data)) {
        end(follower);
      }
    }
  }

  private void sweep() {
    long now = System.nanoTime();
    for (Follower follower : followers) {
      if (follower.expired(now) || !follower.stream().heartbeat()) {
        end(follower);
      }
    }
  }

  /** Forgets a stream and closes it, also a broken one: closing gives back what it held. */
  private void end(Follower follower) {
    if (followers.remove(follower)) {
      follower.stream().close();
    }
  }
}
