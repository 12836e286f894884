package io.tellerline.privacy.crypto;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** HMAC-SHA256 under a fixed key: the same input always gives the same output. Thread-safe. */
public final class KeyedHash {
  private final byte[] key;

  /**
   * @param key at least 32 bytes, the HMAC-SHA256 block-size guidance of RFC 2104
   */
  public KeyedHash(byte[] key) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("HMAC-SHA256 key must have at least 32 bytes");
    }
    this.key = key.clone();
  }

  public byte[] mac(String input) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    HMac hmac = new HMac(SHA256Digest.newInstance());
    hmac.init(new KeyParameter(key));
    hmac.update(bytes, 0, bytes.length);
    byte[] out = new byte[hmac.getMacSize()];
    hmac.doFinal(out, 0);
    return out;
  }
}
