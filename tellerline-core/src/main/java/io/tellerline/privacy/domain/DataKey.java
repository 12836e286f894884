package io.tellerline.privacy.domain;

import java.util.Arrays;

/** A customer's AES-256 data key, unwrapped, for the duration of one operation. */
public record DataKey(String id, byte[] material) {

  public DataKey {
    if (material == null || material.length != 32) {
      throw new IllegalArgumentException("a data key has 32 bytes");
    }
    material = material.clone();
  }

  @Override
  public byte[] material() {
    return material.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataKey key
        && key.id.equals(id)
        && Arrays.equals(key.material, material);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Never prints key material. */
  @Override
  public String toString() {
    return "DataKey[" + id + "]";
  }
}
