package io.tellerline.privacy.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The AES-256 keys a {@link FieldCipher} may use, by key id, and the one that encrypts new values.
 * Old keys stay in the ring after a rotation so stored values remain readable. Where the keys come
 * from (keystore, KMS) is the caller's business.
 */
public final class FieldKeyRing {
  private final Map<String, byte[]> keys;
  private final String activeKeyId;

  private FieldKeyRing(Map<String, byte[]> keys, String activeKeyId) {
    this.keys = keys;
    this.activeKeyId = activeKeyId;
  }

  /**
   * @param keys key id (1–64 UTF-8 bytes) to a 32-byte AES key; copied
   * @param activeKeyId the id used for encryption; must be in {@code keys}
   */
  public static FieldKeyRing of(Map<String, byte[]> keys, String activeKeyId) {
    Map<String, byte[]> copy = new HashMap<>();
    keys.forEach((id, key) -> copy.put(checkId(id), checkKey(id, key).clone()));
    if (!copy.containsKey(activeKeyId)) {
      throw new IllegalArgumentException("active key id is not in the ring");
    }
    return new FieldKeyRing(Map.copyOf(copy), activeKeyId);
  }

  String activeKeyId() {
    return activeKeyId;
  }

  byte[] key(String keyId) {
    byte[] key = keys.get(keyId);
    if (key == null) {
      throw new UnknownFieldKeyException(keyId);
    }
    return key;
  }

  private static String checkId(String id) {
    int length = id == null ? 0 : id.getBytes(StandardCharsets.UTF_8).length;
    if (length < 1 || length > 64) {
      throw new IllegalArgumentException("key id must have 1 to 64 UTF-8 bytes");
    }
    return id;
  }

  private static byte[] checkKey(String id, byte[] key) {
    if (key == null || key.length != 32) {
      throw new IllegalArgumentException("key " + id + " is not a 32-byte AES-256 key");
    }
    return key;
  }
}
