package io.tellerline.audit.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Proof construction over any {@link SubtreeHashes} (the server's database, an in-memory list):
 * inclusion and consistency proofs as in RFC 9162 section 2.1, and range proofs (the hashes of the
 * subtrees left and right of a contiguous range of leaves), which let an export of events {@code
 * [from, to)} be checked against a signed tree head of any size.
 */
public final class MerkleTree {

  private MerkleTree() {}

  /** The largest power of two smaller than {@code n} (n ≥ 2): where RFC 9162 splits a tree. */
  public static long split(long n) {
    return Long.highestOneBit(n - 1);
  }

  public static byte[] root(SubtreeHashes tree, long size) {
    return size == 0 ? MerkleHashes.emptyRoot() : tree.hash(0, size);
  }

  /** PATH(index, D[0:size]): the audit path of one leaf. */
  public static List<byte[]> inclusionProof(SubtreeHashes tree, long index, long size) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
    }
    List<byte[]> proof = new ArrayList<>();
    path(tree, index, 0, size, proof);
    return proof;
  }

  private static void path(SubtreeHashes tree, long index, long from, long to, List<byte[]> out) {
    if (to - from == 1) {
      return;
    }
    long k = split(to - from);
    if (index < from + k) {
      path(tree, index, from, from + k, out);
      out.add(tree.hash(from + k, to));
    } else {
      path(tree, index, from + k, to, out);
      out.add(tree.hash(from, from + k));
    }
  }

  /** PROOF(m, D[0:n]): that the tree of size m is a prefix of the tree of size n. */
  public static List<byte[]> consistencyProof(SubtreeHashes tree, long m, long n) {
    if (m < 0 || m > n) {
      throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
    }
    List<byte[]> proof = new ArrayList<>();
    if (m > 0 && m < n) {
      subproof(tree, m, 0, n, true, proof);
    }
    return proof;
  }

  private static void subproof(
      SubtreeHashes tree, long m, long from, long to, boolean complete, List<byte[]> out) {
    long n = to - from;
    if (m == n) {
      if (!complete) {
        out.add(tree.hash(from, to));
      }
      return;
    }
    long k = split(n);
    if (m <= k) {
      subproof(tree, m, from, from + k, complete, out);
      out.add(tree.hash(from + k, to));
    } else {
      subproof(tree, m - k, from + k, to, false, out);
      out.add(tree.hash(from, from + k));
    }
  }

  /**
   * The hashes of the maximal subtrees of the tree of {@code size} that lie wholly outside {@code
   * [from, to)}, in the order {@link MerkleVerifier#rootFromRange} consumes them.
   */
  public static List<byte[]> rangeProof(SubtreeHashes tree, long from, long to, long size) {
    if (from < 0 || from >= to || to > size) {
      throw new IllegalArgumentException("range [" + from + ", " + to + ") not in size " + size);
    }
    List<byte[]> proof = new ArrayList<>();
    outside(tree, from, to, 0, size, proof);
    return proof;
  }

  private static void outside(
      SubtreeHashes tree, long from, long to, long lo, long hi, List<byte[]> out) {
    if (hi <= from || lo >= to) {
      out.add(tree.hash(lo, hi));
    } else if (lo < from || hi > to) {
      long k = split(hi - lo);
      outside(tree, from, to, lo, lo + k, out);
      outside(tree, from, to, lo + k, hi, out);
    }
  }
}
