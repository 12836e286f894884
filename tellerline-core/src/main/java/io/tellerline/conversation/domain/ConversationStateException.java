package io.tellerline.conversation.domain;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/**
 * The conversation is not in a state that allows this (e.g. another member of staff claimed it, or
 * it is not waiting for staff, or it was rated already). Rolls back, like every business failure.
 */
public class ConversationStateException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /**
   * @param messageKey what is wrong, a {@code conversation.*} key of the failures bundle
   */
  public ConversationStateException(String messageKey) {
    super(FailureKind.CONFLICT, "conversation-state", messageKey);
  }
}
