package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.ConversationEvents.ConversationChange;
import io.tellerline.conversation.application.ConversationEvents.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationEventsTest {

  private final ConversationEvents events = new ConversationEvents();
  private final UUID conversation = UUID.randomUUID();

  @Test
  void everySubscriberHearsOfAChangeEvenWhenOneFails() {
    List<ConversationChange> heard = new ArrayList<>();
    events.subscribe(
        change -> {
          throw new IllegalStateException("a broken page");
        });
    events.subscribe(heard::add);

    events.deliver(ConversationChange.of(conversation));

    assertEquals(List.of(ConversationChange.of(conversation)), heard);
  }

  @Test
  void aClosedSubscriptionHearsNothingMore() {
    List<ConversationChange> heard = new ArrayList<>();
    Subscription subscription = events.subscribe(heard::add);
    subscription.close();
    subscription.close();

    events.deliver(ConversationChange.of(conversation));

    assertTrue(heard.isEmpty());
    assertEquals(0, events.subscriberCount());
  }

  @Test
  void aChangeConcernsItsConversationAndAResyncConcernsAll() {
    assertTrue(ConversationChange.of(conversation).concerns(conversation));
    assertFalse(ConversationChange.of(conversation).concerns(UUID.randomUUID()));
    assertTrue(ConversationChange.anyConversation().concerns(conversation));
  }
}
