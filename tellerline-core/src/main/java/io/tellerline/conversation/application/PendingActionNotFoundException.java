package io.tellerline.conversation.application;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * No such pending action for this customer's conversation. Someone else's action looks exactly like
 * a missing one, so ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class PendingActionNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PendingActionNotFoundException(UUID id) {
    super("pending action " + id + " not found");
  }
}
