package io.tellerline.audit.log;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A signed statement "the log had {@code size} events and this root hash at {@code timestamp}",
 * signed with Ed25519 by the key {@code keyId}. The signature covers {@link #signingInput()}.
 */
public record TreeHead(
    long size, byte[] rootHash, Instant timestamp, String keyId, byte[] signature) {

  public static final String KIND = "tellerline-tree-head/v1";
  private static final Base64.Encoder B64 = Base64.getEncoder();

  public TreeHead {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
    Objects.requireNonNull(rootHash, "rootHash");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signature, "signature");
  }

  /** The canonical bytes that are signed: everything but the signature. */
  public String signingInput() {
    return CanonicalJson.of(
        "{\"kind\":"
            + CanonicalJson.quote(KIND)
            + ",\"size\":"
            + size
            + ",\"rootHash\":"
            + CanonicalJson.quote(B64.encodeToString(rootHash))
            + ",\"timestamp\":"
            + CanonicalJson.quote(timestamp.toString())
            + ",\"keyId\":"
            + CanonicalJson.quote(keyId)
            + "}");
  }

  public String toJson() {
    String unsigned = signingInput();
    return CanonicalJson.of(
        unsigned.substring(0, unsigned.length() - 1)
            + ",\"signature\":"
            + CanonicalJson.quote(B64.encodeToString(signature))
            + "}");
  }

  public static TreeHead from(JsonObject json) {
    if (!KIND.equals(json.getString("kind"))) {
      throw new IllegalArgumentException("not a " + KIND + ": " + json.getString("kind"));
    }
    return new TreeHead(
        json.getJsonNumber("size").longValueExact(),
        Base64.getDecoder().decode(json.getString("rootHash")),
        Instant.parse(json.getString("timestamp")),
        json.getString("keyId"),
        Base64.getDecoder().decode(json.getString("signature")));
  }
}
