package io.tellerline.audit.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9162 (RFC 6962) hashing with domain separation: a leaf is SHA-256(0x00 || data), an interior
 * node SHA-256(0x01 || left || right), so a leaf can never be passed off as a node or vice versa.
 */
public final class MerkleHashes {

  public static final int SIZE = 32;
  private static final byte LEAF = 0x00;
  private static final byte NODE = 0x01;

  private MerkleHashes() {}

  public static byte[] leaf(byte[] data) {
    MessageDigest sha256 = sha256();
    sha256.update(LEAF);
    return sha256.digest(data);
  }

  public static byte[] node(byte[] left, byte[] right) {
    MessageDigest sha256 = sha256();
    sha256.update(NODE);
    sha256.update(left);
    return sha256.digest(right);
  }

  /** The root of the empty tree: SHA-256 of the empty string. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
