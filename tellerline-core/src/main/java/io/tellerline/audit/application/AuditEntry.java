package io.tellerline.audit.application;

import io.tellerline.kernel.SerializedRecord;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One event as the compliance console lists it; the leaf index once it is in the tree. */
public record AuditEntry(
    UUID id,
    Optional<Long> leafIndex,
    Instant occurredAt,
    String type,
    String actor,
    Optional<UUID> conversationId,
    String payload)
    implements Serializable {

  /** Optional is not serializable: see {@link SerializedRecord}. */
  @Serial
  private Object writeReplace() {
    return SerializedRecord.of(this);
  }
}
