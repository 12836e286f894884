package io.tellerline.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Four-eyes requests, decided or not; never deleted (the evidence of who approved what). */
public interface Approvals {

  void add(Approval approval);

  Optional<Approval> find(UUID id);

  /** Requests of a kind still waiting at {@code now}, oldest first. */
  List<Approval> pending(ApprovalKind kind, Instant now);
}
