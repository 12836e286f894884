package io.tellerline.conversation.domain;

/**
 * The conversation is not in a state that allows this (e.g. another member of staff claimed it, or
 * it is not waiting for staff). The message says what, for the person who tried.
 */
public class ConversationStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConversationStateException(String message) {
    super(message);
  }
}
