package io.tellerline.audit.log;

import java.util.ArrayList;
import java.util.List;

/**
 * The hashes of the perfect subtrees that make up the leaves [0, size): enough to append a leaf,
 * learn which interior nodes it completes, and compute the root, in O(log size) memory. The
 * sequencer and the in-application verification both build the tree with it.
 */
public final class CompactRange {

  /** A perfect subtree completed by an append: leaves [index * 2^level, (index + 1) * 2^level). */
  public record Node(int level, long index, byte[] hash) {}

  private final List<byte[]> hashes;
  private long size;

  public CompactRange() {
    this(0, List.of());
  }

  /** Resumes a range from its perfect-subtree hashes, largest (leftmost) first. */
  public CompactRange(long size, List<byte[]> hashes) {
    if (hashes.size() != Long.bitCount(size)) {
      throw new IllegalArgumentException(
          "a range of size "
              + size
              + " has "
              + Long.bitCount(size)
              + " subtrees, not "
              + hashes.size());
    }
    this.size = size;
    this.hashes = new ArrayList<>(hashes);
  }

  /** Appends a leaf hash; returns the interior nodes (level ≥ 1) it completed. */
  public List<Node> append(byte[] leafHash) {
    List<Node> completed = new ArrayList<>();
    byte[] carry = leafHash;
    long index = size;
    int level = 0;
    while ((index >> level & 1) == 1) {
      carry = MerkleHashes.node(hashes.remove(hashes.size() - 1), carry);
      level++;
      completed.add(new Node(level, index >> level, carry));
    }
    hashes.add(carry);
    size++;
    return completed;
  }

  public long size() {
    return size;
  }

  /** MTH of the leaves so far, as RFC 9162 defines it. */
  public byte[] root() {
    if (hashes.isEmpty()) {
      return MerkleHashes.emptyRoot();
    }
    byte[] root = hashes.get(hashes.size() - 1);
    for (int i = hashes.size() - 2; i >= 0; i--) {
      root = MerkleHashes.node(hashes.get(i), root);
    }
    return root;
  }
}
