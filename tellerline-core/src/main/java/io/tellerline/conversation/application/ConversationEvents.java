package io.tellerline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's subscribers to committed conversation changes (open chat pages and console
 * pages). Changes arrive from the database, whichever instance made them; a subscriber is told
 * which conversation changed and fetches what it may see through the normal, authorised path.
 */
@ApplicationScoped
public class ConversationEvents {

  private static final Logger LOG = Logger.getLogger(ConversationEvents.class.getName());

  private final Set<Consumer<ConversationChange>> subscribers = ConcurrentHashMap.newKeySet();

  /** Something changed in one conversation, or (after a lost connection) perhaps in any. */
  public record ConversationChange(UUID conversationId, boolean resync) {

    public static ConversationChange of(UUID conversationId) {
      return new ConversationChange(conversationId, false);
    }

    public static ConversationChange anyConversation() {
      return new ConversationChange(null, true);
    }

    public boolean concerns(UUID conversation) {
      return resync || conversation.equals(conversationId);
    }
  }

  /** Registers a subscriber until the returned handle is closed. */
  public Subscription subscribe(Consumer<ConversationChange> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  /** Delivers one change to every subscriber; one failing subscriber does not stop the others. */
  public void deliver(ConversationChange change) {
    for (Consumer<ConversationChange> subscriber : subscribers) {
      try {
        subscriber.accept(change);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "a change subscriber failed", e);
      }
    }
  }

  public int subscriberCount() {
    return subscribers.size();
  }

  /** Ends a subscription; closing twice is harmless. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
