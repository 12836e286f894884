package io.tellerline.conversation.domain;

/** Who wrote a message. */
public enum Author {
  CUSTOMER,
  ASSISTANT,
  STAFF,
  SYSTEM
}
