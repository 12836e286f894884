package io.tellerline.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the append-only audit trail. It has no setters: once recorded it never changes (the
 * database rejects updates and deletes as well). The payload is JSON and never holds raw PII.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "seq", updatable = false)
  private Long sequence;

  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "event_type", nullable = false, updatable = false, length = 60)
  private String type;

  @Column(nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(name = "conversation_id", updatable = false)
  private UUID conversationId;

  @Column(nullable = false, updatable = false)
  private String payload;

  protected AuditEvent() {}

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
