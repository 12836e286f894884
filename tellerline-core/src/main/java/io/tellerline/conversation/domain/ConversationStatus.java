package io.tellerline.conversation.domain;

/** Who is serving the customer right now. */
public enum ConversationStatus {
  WITH_ASSISTANT,
  WAITING_FOR_STAFF,
  WITH_STAFF,
  CLOSED
}
