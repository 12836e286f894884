package io.tellerline.conversation.domain;

import java.util.UUID;

/** A closed conversation takes no more messages; the customer starts a new one. */
public class ConversationClosedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConversationClosedException(UUID conversationId) {
    super("conversation " + conversationId + " is closed");
  }
}
