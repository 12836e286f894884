package io.tellerline.privacy.domain;

import io.tellerline.kernel.CustomerId;

/**
 * The customer's messages, which the conversation capability keeps: an erasure masks the personal
 * data in them. Privacy owns the question, conversation answers it, so privacy does not depend on
 * conversation.
 */
public interface StoredMessages {

  /** Masks the tokens in every message of the customer that holds personal data; how many. */
  int redactPersonalDataOf(CustomerId customer);
}
