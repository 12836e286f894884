package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.application.ConversationEvents;
import io.tellerline.conversation.application.ConversationEvents.ConversationChange;
import io.tellerline.platform.DatabaseNotification;
import io.tellerline.platform.persistence.DatabaseSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Listens for conversation changes on its own PostgreSQL connection (outside the pool: LISTEN
 * belongs to one session) and hands them to this instance's subscribers. Every instance runs one,
 * so a change made on any instance reaches pages served by any other. After a lost connection it
 * reconnects and tells subscribers to re-read everything, since notifications sent meanwhile are
 * gone. Notifications on the other {@link DatabaseNotification#CHANNELS} (e.g. an intent model's
 * release) become CDI events for whichever capability owns them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PostgresChangeListener {

  private static final Logger LOG = Logger.getLogger(PostgresChangeListener.class.getName());
  private static final int WAIT_MILLIS = 10_000;
  private static final long MAX_BACKOFF_MILLIS = 30_000;

  @Inject ConversationEvents events;
  @Inject Event<DatabaseNotification> notifications;

  @Resource ManagedThreadFactory threads;

  @Inject DatabaseSettings database;

  private volatile boolean running = true;
  private Thread thread;

  @PostConstruct
  void start() {
    thread = threads.newThread(this::listenUntilStopped);
    thread.setName("tellerline-conversation-listener");
    thread.setDaemon(true);
    thread.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    thread.interrupt();
  }

  private void listenUntilStopped() {
    long backoff = 500;
    boolean reconnecting = false;
    while (running) {
      try (Connection connection = connect()) {
        if (reconnecting) {
          events.deliver(ConversationChange.anyConversation());
          DatabaseNotification.CHANNELS.forEach(
              channel -> notifications.fire(new DatabaseNotification(channel, "")));
        }
        backoff = 500;
        listen(connection.unwrap(PGConnection.class));
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        LOG.log(Level.WARNING, "conversation change listener lost its connection; retrying", e);
        reconnecting = true;
        backoff = sleep(backoff);
      }
    }
  }

  private Connection connect() throws SQLException {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(database.url());
    source.setUser(database.user());
    source.setPassword(database.password());
    source.setApplicationName("tellerline-listener");
    Connection connection = source.getConnection();
    try (Statement listen = connection.createStatement()) {
      listen.execute("LISTEN " + PostgresConversationChanges.CHANNEL);
      for (String channel : DatabaseNotification.CHANNELS) {
        listen.execute("LISTEN " + channel);
      }
    }
    return connection;
  }

  private void listen(PGConnection connection) throws SQLException {
    while (running) {
      PGNotification[] arrived = connection.getNotifications(WAIT_MILLIS);
      if (arrived == null) {
        continue;
      }
      for (PGNotification notification : arrived) {
        if (DatabaseNotification.CHANNELS.contains(notification.getName())) {
          deliverSafely(
              new DatabaseNotification(notification.getName(), notification.getParameter()));
          continue;
        }
        parse(notification.getParameter())
            .ifPresent(id -> events.deliver(ConversationChange.of(id)));
      }
    }
  }

  /** An observer's failure must not cost the conversations their listener. */
  private void deliverSafely(DatabaseNotification notification) {
    try {
      notifications.fire(notification);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "an observer of " + notification.channel() + " failed", e);
    }
  }

  private static Optional<UUID> parse(String payload) {
    try {
      return Optional.of(UUID.fromString(payload));
    } catch (IllegalArgumentException notAConversation) {
      return Optional.empty();
    }
  }

  private long sleep(long backoff) {
    try {
      Thread.sleep(backoff);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
    return Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
  }
}
