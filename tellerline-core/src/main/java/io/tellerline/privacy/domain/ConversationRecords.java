package io.tellerline.privacy.domain;

import io.tellerline.kernel.CustomerId;
import java.util.Map;

/**
 * What the conversation capability keeps about a customer besides her messages, for erasure: staff
 * notes, intent corrections (masked text kept for training), the comments of her ratings, the
 * parameters of her pending actions and her open tasks. Privacy asks, conversation answers, so
 * privacy does not depend on conversation.
 */
public interface ConversationRecords {

  /**
   * Erases (deletes or blanks) the free text and parameters kept about the customer; how many rows
   * of each kind, in a stable order, for the erasure's audit event.
   */
  Map<String, Integer> eraseAbout(CustomerId customer);
}
