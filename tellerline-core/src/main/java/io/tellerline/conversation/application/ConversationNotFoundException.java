package io.tellerline.conversation.application;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * No conversation with this id belongs to the caller. Raised alike for "does not exist" and "is
 * someone else's", so that ids of other customers' conversations cannot be probed.
 */
@ApplicationException(rollback = true)
public class ConversationNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConversationNotFoundException(UUID id) {
    super("conversation " + id + " not found for this caller");
  }
}
