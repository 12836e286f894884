package io.tellerline.audit.log;

import java.security.MessageDigest;
import java.util.Iterator;
import java.util.List;

/**
 * Checks proofs exactly as RFC 9162 sections 2.1.3.2 and 2.1.4.2 specify, and range proofs by the
 * same recursion that {@link MerkleTree#rangeProof} uses. Every method answers false rather than
 * throwing for a bad proof, and a proof with hashes left over is bad.
 */
public final class MerkleVerifier {

  private MerkleVerifier() {}

  public static boolean verifyInclusion(
      byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
    if (index < 0 || index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleHashes.node(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = MerkleHashes.node(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, root);
  }

  public static boolean verifyConsistency(
      long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    if (first < 0 || first > second) {
      return false;
    }
    if (first == second) {
      return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
    }
    if (first == 0) {
      return proof.isEmpty();
    }
    if (proof.isEmpty()) {
      return false;
    }
    Iterator<byte[]> path = proof.iterator();
    byte[] start = Long.bitCount(first) == 1 ? firstRoot : path.next();
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = start;
    byte[] sr = start;
    while (path.hasNext()) {
      byte[] c = path.next();
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = MerkleHashes.node(c, fr);
        sr = MerkleHashes.node(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = MerkleHashes.node(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
  }

  /**
   * The root of the tree of {@code size} computed from the leaves of {@code [from, to)} and the
   * range proof; null when the proof has too few or too many hashes.
   */
  public static byte[] rootFromRange(
      List<byte[]> rangeLeaves, long from, long to, long size, List<byte[]> proof) {
    if (from < 0 || from >= to || to > size || rangeLeaves.size() != to - from) {
      return null;
    }
    Iterator<byte[]> hashes = proof.iterator();
    byte[] root = combine(new LeafList(rangeLeaves, from), hashes, from, to, 0, size);
    return root == null || hashes.hasNext() ? null : root;
  }

  private static byte[] combine(
      LeafList inside, Iterator<byte[]> outside, long from, long to, long lo, long hi) {
    if (hi <= from || lo >= to) {
      return outside.hasNext() ? outside.next() : null;
    }
    if (lo >= from && hi <= to) {
      return inside.hash(lo, hi);
    }
    long k = MerkleTree.split(hi - lo);
    byte[] left = combine(inside, outside, from, to, lo, lo + k);
    byte[] right = left == null ? null : combine(inside, outside, from, to, lo + k, hi);
    return right == null ? null : MerkleHashes.node(left, right);
  }

  /** Whether the proof proves the range against a known root (constant-time comparison). */
  public static boolean verifyRange(
      List<byte[]> rangeLeaves, long from, long to, long size, List<byte[]> proof, byte[] root) {
    byte[] computed = rootFromRange(rangeLeaves, from, to, size, proof);
    return computed != null && MessageDigest.isEqual(computed, root);
  }
}
