package io.tellerline.privacy.tokenization;

import io.tellerline.privacy.crypto.KeyedHash;
import io.tellerline.privacy.detection.PiiType;

/**
 * Keyed tokens such as {@code [EMAIL:3f9a1c2b8e7d6a50]}: the type label and the first 64 bits of
 * HMAC-SHA256 over the type and the value's canonical form. Deterministic, so the same e-mail
 * address typed in different conversations (or in a staff search box) gives the same token and can
 * be found without decrypting anything; 64 bits keep accidental collisions unlikely (about 1 in
 * 2^32 among 2^16 distinct values) while the token stays short.
 */
final class KeyedTokens {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final int BYTES = 8;
  private final KeyedHash hash;

  KeyedTokens(KeyedHash hash) {
    this.hash = hash;
  }

  String token(PiiType type, String typed) {
    byte[] mac = hash.mac(type.name() + ":" + Canonical.of(type, typed));
    StringBuilder token = new StringBuilder(4 + type.tokenLabel().length() + 2 * BYTES);
    token.append('[').append(type.tokenLabel()).append(':');
    for (int i = 0; i < BYTES; i++) {
      token.append(HEX[(mac[i] >> 4) & 0xf]).append(HEX[mac[i] & 0xf]);
    }
    return token.append(']').toString();
  }
}
