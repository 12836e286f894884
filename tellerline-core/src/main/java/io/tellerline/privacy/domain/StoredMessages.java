package io.tellerline.privacy.domain;

import io.tellerline.kernel.CustomerId;
import java.util.List;
import java.util.UUID;

/**
 * The customer's messages, which the conversation capability keeps: an erasure masks the personal
 * data in them, a tokenization key rotation replaces their tokens. Privacy owns the question,
 * conversation answers it, so privacy does not depend on conversation.
 */
public interface StoredMessages {

  /** Masks the tokens in every message of the customer that holds personal data; how many. */
  int redactPersonalDataOf(CustomerId customer);

  /**
   * Replaces tokens of one message in the caller's transaction; false (and nothing changed) if
   * there is no such message or a token is not where its mark says.
   */
  boolean replaceTokens(UUID messageId, List<TokenChange> changes);
}
