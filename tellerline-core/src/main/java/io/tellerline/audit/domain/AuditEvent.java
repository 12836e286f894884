package io.tellerline.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the append-only audit trail, as a value: once recorded it never changes (the
 * database rejects updates and deletes as well). The payload is JSON and never holds raw PII.
 * Created only by the audit capability's {@code Audit} builder (an architecture test checks), which
 * fixes the actor from the container's caller.
 */
public final class AuditEvent {

  private final UUID id;
  private final Instant occurredAt;
  private final String type;
  private final String actor;
  private final UUID conversationId;
  private final String payload;

  public AuditEvent(
      AuditEventType type, String actor, UUID conversationId, String payload, Instant occurredAt) {
    this.id = UUID.randomUUID();
    this.type = Objects.requireNonNull(type, "type").name();
    this.actor = Objects.requireNonNull(actor, "actor");
    this.conversationId = conversationId;
    this.payload = Objects.requireNonNull(payload, "payload");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
  }

  public UUID id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String type() {
    return type;
  }

  public String actor() {
    return actor;
  }

  public Optional<UUID> conversationId() {
    return Optional.ofNullable(conversationId);
  }

  public String payload() {
    return payload;
  }
}
