package io.tellerline.identity.domain;

import io.tellerline.kernel.CustomerId;
import java.util.UUID;

/**
 * How a member of staff stands to a conversation or a customer. A port: the conversation capability
 * (which knows queues and assignments) implements it, for capabilities before it in the chain.
 */
public interface StaffRelations {

  /** ASSIGNED if she serves it, IN_QUEUE if it waits for staff, else (also unknown ids) NONE. */
  StaffRelation toConversation(UUID conversationId, String staff);

  /**
   * ASSIGNED if she serves one of the customer's conversations, IN_QUEUE if one waits for staff,
   * else NONE.
   */
  StaffRelation toCustomer(CustomerId customer, String staff);
}
