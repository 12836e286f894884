package io.tellerline.conversation.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import java.util.UUID;

/**
 * No conversation with this id belongs to the caller. Raised alike for "does not exist" and "is
 * someone else's", so that ids of other customers' conversations cannot be probed.
 */
public class ConversationNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /**
   * @param id the id asked for, for logs; the text does not show it
   */
  public ConversationNotFoundException(UUID id) {
    super(FailureKind.NOT_FOUND, "conversation-not-found", "conversation.not_found", id);
  }
}
