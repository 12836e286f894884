package io.tellerline.conversation.domain;

import java.util.Optional;
import java.util.UUID;

/** Stores pending actions; {@link #lock} serialises concurrent attempts to perform one. */
public interface PendingActionRepository {

  void add(PendingAction action);

  /** Finds the action and holds a write lock on it until the transaction ends. */
  Optional<PendingAction> lock(UUID id);
}
