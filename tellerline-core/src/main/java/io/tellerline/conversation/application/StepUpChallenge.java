package io.tellerline.conversation.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer must authenticate more strongly before a pending action runs (RFC 9470): the acr
 * value to request, the maximum authentication age, and the action to resume afterwards. For a
 * payment-like action also the exact RFC 9396 {@code authorization_details} the client must push to
 * the identity provider (the authentication is then bound to that payment; see {@link
 * PaymentBinding}).
 */
public record StepUpChallenge(
    UUID pendingActionId,
    String intent,
    String acrValues,
    Optional<Long> maxAgeSeconds,
    Instant expiresAt,
    String reason,
    Optional<String> authorizationDetails) {

  public StepUpChallenge {
    Objects.requireNonNull(pendingActionId, "pendingActionId");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(acrValues, "acrValues");
    Objects.requireNonNull(maxAgeSeconds, "maxAgeSeconds");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(authorizationDetails, "authorizationDetails");
  }
}
