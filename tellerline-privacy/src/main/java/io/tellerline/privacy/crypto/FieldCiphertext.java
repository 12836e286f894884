package io.tellerline.privacy.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Layout of a stored field, Base64 (RFC 4648, with padding) of:
 *
 * <pre>
 *   version (1 byte, 0x01) | key id length n (1 byte) | key id (n bytes UTF-8)
 *   | nonce (12 bytes) | ciphertext | GCM tag (16 bytes)
 * </pre>
 *
 * The header (version, length, key id) is part of the authenticated data, so a changed key id or
 * version is detected like a changed ciphertext.
 */
record FieldCiphertext(String keyId, byte[] header, byte[] nonce, byte[] sealed) {
  static final byte VERSION_1 = 1;
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;

  static byte[] header(String keyId) {
    byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
    byte[] header = new byte[2 + id.length];
    header[0] = VERSION_1;
    header[1] = (byte) id.length;
    System.arraycopy(id, 0, header, 2, id.length);
    return header;
  }

  String encode() {
    byte[] out = new byte[header.length + nonce.length + sealed.length];
    System.arraycopy(header, 0, out, 0, header.length);
    System.arraycopy(nonce, 0, out, header.length, nonce.length);
    System.arraycopy(sealed, 0, out, header.length + nonce.length, sealed.length);
    return Base64.getEncoder().encodeToString(out);
  }

  static FieldCiphertext decode(String stored) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(stored);
    } catch (IllegalArgumentException notBase64) {
      throw new MalformedFieldCiphertextException("not Base64");
    }
    if (bytes.length < 2 || bytes[0] != VERSION_1) {
      throw new MalformedFieldCiphertextException("unknown ciphertext version");
    }
    int headerLength = 2 + (bytes[1] & 0xff);
    if (bytes[1] == 0 || bytes.length < headerLength + NONCE_BYTES + TAG_BYTES) {
      throw new MalformedFieldCiphertextException("truncated ciphertext");
    }
    String keyId = new String(bytes, 2, headerLength - 2, StandardCharsets.UTF_8);
    return new FieldCiphertext(
        keyId,
        Arrays.copyOfRange(bytes, 0, headerLength),
        Arrays.copyOfRange(bytes, headerLength, headerLength + NONCE_BYTES),
        Arrays.copyOfRange(bytes, headerLength + NONCE_BYTES, bytes.length));
  }
}
