package io.tellerline.audit.application;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.audit.domain.AuditTrail;
import io.tellerline.platform.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * One audit event being written: its payload fields, then {@link #record()}. Obtained from {@link
 * Audit}, which fixes the actor. Field values are the payload's only content: ids, counts, codes,
 * tokens — never raw personal data or message text.
 */
public final class AuditEventBuilder {

  private final AuditTrail trail;
  private final Clock clock;
  private final AuditEventType type;
  private final String actor;
  private final JsonObjectBuilder payload = JsonBuilders.object();
  private UUID conversation;

  AuditEventBuilder(AuditTrail trail, Clock clock, AuditEventType type, String actor) {
    this.trail = trail;
    this.clock = clock;
    this.type = Objects.requireNonNull(type, "type");
    this.actor = actor;
  }

  /** The conversation the event belongs to (indexed: compliance searches by it). */
  public AuditEventBuilder inConversation(UUID conversationId) {
    this.conversation = Objects.requireNonNull(conversationId, "conversationId");
    return this;
  }

  public AuditEventBuilder with(String field, String value) {
    payload.add(field, Objects.requireNonNull(value, field));
    return this;
  }

  public AuditEventBuilder with(String field, long value) {
    payload.add(field, value);
    return this;
  }

  public AuditEventBuilder with(String field, double value) {
    payload.add(field, value);
    return this;
  }

  public AuditEventBuilder with(String field, boolean value) {
    payload.add(field, value);
    return this;
  }

  public AuditEventBuilder with(String field, JsonValue value) {
    payload.add(field, value);
    return this;
  }

  public AuditEventBuilder with(String field, JsonObjectBuilder value) {
    payload.add(field, value);
    return this;
  }

  public AuditEventBuilder with(String field, JsonArrayBuilder value) {
    payload.add(field, value);
    return this;
  }

  /** Adds every field of a group that several events share (e.g. the staff member's roles). */
  public AuditEventBuilder withAll(JsonObjectBuilder fields) {
    payload.addAll(fields);
    return this;
  }

  /** Writes the event in the caller's transaction (it commits or rolls back with the action). */
  public void record() {
    trail.record(
        new AuditEvent(type, actor, conversation, payload.build().toString(), clock.instant()));
  }
}
