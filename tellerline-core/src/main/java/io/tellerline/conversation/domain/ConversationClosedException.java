package io.tellerline.conversation.domain;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import java.util.UUID;

/**
 * A closed conversation takes no more messages; the customer starts a new one. An application
 * exception through {@link BusinessException} (rolls back), without an EJB import in the domain.
 */
public class ConversationClosedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /**
   * @param conversationId the id asked for, for logs; the text does not show it
   */
  public ConversationClosedException(UUID conversationId) {
    super(FailureKind.CONFLICT, "conversation-closed", "conversation.closed", conversationId);
  }
}
