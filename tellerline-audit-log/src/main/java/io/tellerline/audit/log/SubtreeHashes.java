package io.tellerline.audit.log;

/**
 * The Merkle tree hash MTH(D[from:to]) of a range of leaves, as RFC 9162 defines it. Proofs only
 * ever ask for ranges produced by the RFC's recursion (the left part of every split is a perfect,
 * aligned subtree), which a store can answer from perfect-subtree hashes.
 */
@FunctionalInterface
public interface SubtreeHashes {

  byte[] hash(long from, long to);
}
