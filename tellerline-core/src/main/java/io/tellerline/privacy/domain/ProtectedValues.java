package io.tellerline.privacy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Repository of the encrypted originals behind message tokens. */
public interface ProtectedValues {

  void add(ProtectedValue value);

  Optional<ProtectedValue> find(UUID id);

  List<ProtectedValue> ofConversation(UUID conversationId);

  List<ProtectedValue> ofCustomer(UUID customerId);

  void record(RevealGrant grant);

  /**
   * Erasure: replaces the reasons given for revealing the customer's values (who revealed what and
   * when stays, for the need-to-know review); how many reveal records.
   */
  int eraseRevealReasonsOf(UUID customerId);
}
