package io.tellerline.conversation.application;

import java.util.UUID;

/**
 * Tells every application instance that a conversation changed (a message, a status), once the
 * current transaction commits; nothing is announced for a change that is rolled back.
 */
public interface ConversationChanges {

  void announce(UUID conversationId);
}
