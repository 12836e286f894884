package io.tellerline.conversation.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import java.util.UUID;

/**
 * No such pending action for this customer's conversation. Someone else's action looks exactly like
 * a missing one, so ids cannot be probed.
 */
public class PendingActionNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /**
   * @param id the id asked for, for logs; the text does not show it
   */
  public PendingActionNotFoundException(UUID id) {
    super(
        FailureKind.NOT_FOUND,
        "pending-action-not-found",
        "conversation.pending_action_not_found",
        id);
  }
}
