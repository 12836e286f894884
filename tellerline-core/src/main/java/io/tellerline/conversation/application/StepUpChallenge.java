package io.tellerline.conversation.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer must authenticate more strongly before a pending action runs (RFC 9470): the acr
 * value to request, the maximum authentication age, and the action to resume afterwards.
 */
public record StepUpChallenge(
    UUID pendingActionId,
    String intent,
    String acrValues,
    Optional<Long> maxAgeSeconds,
    Instant expiresAt,
    String reason) {

  public StepUpChallenge {
    Objects.requireNonNull(pendingActionId, "pendingActionId");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(acrValues, "acrValues");
    Objects.requireNonNull(maxAgeSeconds, "maxAgeSeconds");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(reason, "reason");
  }
}
