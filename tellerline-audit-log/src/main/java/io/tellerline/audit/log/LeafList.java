package io.tellerline.audit.log;

import java.util.List;

/**
 * Leaf hashes held in memory (an export being verified, a test): MTH over any range, computed
 * exactly as RFC 9162 defines it. Linear in the range's length.
 */
public final class LeafList implements SubtreeHashes {

  private final List<byte[]> leaves;
  private final long offset;

  /**
   * @param leaves the leaf hashes of indexes {@code offset}, {@code offset + 1}, ...
   */
  public LeafList(List<byte[]> leaves, long offset) {
    this.leaves = leaves;
    this.offset = offset;
  }

  @Override
  public byte[] hash(long from, long to) {
    if (from < offset || to > offset + leaves.size() || from >= to) {
      throw new IllegalArgumentException("range [" + from + ", " + to + ") not held here");
    }
    return mth((int) (from - offset), (int) (to - offset));
  }

  private byte[] mth(int from, int to) {
    if (to - from == 1) {
      return leaves.get(from);
    }
    int k = (int) MerkleTree.split(to - from);
    return MerkleHashes.node(mth(from, from + k), mth(from + k, to));
  }
}
