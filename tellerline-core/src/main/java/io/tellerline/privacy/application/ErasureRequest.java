package io.tellerline.privacy.application;

import io.tellerline.identity.domain.Approval;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An erasure a compliance officer asked for, waiting for a second one (holds no personal data). */
public record ErasureRequest(
    UUID id,
    String customer,
    String requestedBy,
    String reason,
    Instant requestedAt,
    Instant expiresAt)
    implements Serializable {

  static ErasureRequest of(Approval approval) {
    return new ErasureRequest(
        approval.id(),
        approval.subject(),
        approval.requestedBy(),
        approval.reason().orElse(""),
        approval.requestedAt(),
        approval.expiresAt());
  }
}
