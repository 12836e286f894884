package io.tellerline.audit.log;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One audit event as a leaf of the log: its leaf index, identity, time, type, actor, optional
 * conversation and JSON payload. {@link #canonical()} is the RFC 8785 form whose bytes are hashed
 * into the tree and written, one per line, into exports.
 */
public record AuditRecord(
    long index,
    String id,
    String occurredAt,
    String type,
    String actor,
    String conversationId,
    String payload) {

  public AuditRecord {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative");
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(payload, "payload");
  }

  public String canonical() {
    StringBuilder json =
        new StringBuilder("{\"actor\":")
            .append(CanonicalJson.quote(actor))
            .append(",\"id\":")
            .append(CanonicalJson.quote(id))
            .append(",\"index\":")
            .append(index)
            .append(",\"occurredAt\":")
            .append(CanonicalJson.quote(occurredAt))
            .append(",\"payload\":")
            .append(payload)
            .append(",\"type\":")
            .append(CanonicalJson.quote(type));
    if (conversationId != null) {
      json.append(",\"conversationId\":").append(CanonicalJson.quote(conversationId));
    }
    return CanonicalJson.of(json.append('}').toString());
  }

  public byte[] leafHash() {
    return MerkleHashes.leaf(canonical().getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a record back from its JSON form (as exported). */
  public static AuditRecord from(JsonObject json) {
    return new AuditRecord(
        json.getJsonNumber("index").longValueExact(),
        json.getString("id"),
        json.getString("occurredAt"),
        json.getString("type"),
        json.getString("actor"),
        json.containsKey("conversationId") ? json.getString("conversationId") : null,
        json.getJsonObject("payload").toString());
  }
}
