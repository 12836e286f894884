package io.tellerline.audit.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

  private static final HexFormat HEX = HexFormat.of();

  /** The eight leaves of Certificate Transparency's reference tests (RFC 6962 implementations). */
  private static final List<byte[]> CT_LEAVES =
      List.of(
              "",
              "00",
              "10",
              "2021",
              "3031",
              "40414243",
              "5051525354555657",
              "606162636465666768696a6b6c6d6e6f")
          .stream()
          .map(HEX::parseHex)
          .map(MerkleHashes::leaf)
          .toList();

  private static final List<String> CT_ROOTS =
      List.of(
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  @Test
  void rootsMatchTheCertificateTransparencyReferenceValues() {
    LeafList tree = new LeafList(CT_LEAVES, 0);
    for (int size = 1; size <= 8; size++) {
      assertEquals(
          CT_ROOTS.get(size - 1), HEX.formatHex(MerkleTree.root(tree, size)), "size " + size);
    }
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        HEX.formatHex(MerkleTree.root(tree, 0)));
  }

  @Test
  void everyInclusionProofVerifiesAndNoAlteredOneDoes() {
    List<byte[]> leaves = leaves(71);
    LeafList tree = new LeafList(leaves, 0);
    for (int size = 1; size <= 70; size++) {
      byte[] root = MerkleTree.root(tree, size);
      for (int index = 0; index < size; index++) {
        List<byte[]> proof = MerkleTree.inclusionProof(tree, index, size);
        byte[] leaf = leaves.get(index);
        assertTrue(MerkleVerifier.verifyInclusion(leaf, index, size, proof, root));
        if (size > 1) {
          assertFalse(MerkleVerifier.verifyInclusion(leaf, (index + 1) % size, size, proof, root));
          assertFalse(MerkleVerifier.verifyInclusion(leaf, index, size, flipped(proof), root));
        }
        // A proof is bound to its tree size through the root (signed heads pair size and root).
        byte[] biggerRoot = MerkleTree.root(tree, size + 1);
        assertFalse(MerkleVerifier.verifyInclusion(leaf, index, size + 1, proof, biggerRoot));
        assertFalse(MerkleVerifier.verifyInclusion(leaf, index, size, longer(proof), root));
      }
    }
  }

  @Test
  void everyConsistencyProofVerifiesAndNoAlteredOneDoes() {
    LeafList tree = new LeafList(leaves(40), 0);
    for (int n = 1; n <= 40; n++) {
      byte[] rootN = MerkleTree.root(tree, n);
      for (int m = 1; m <= n; m++) {
        byte[] rootM = MerkleTree.root(tree, m);
        List<byte[]> proof = MerkleTree.consistencyProof(tree, m, n);
        assertTrue(MerkleVerifier.verifyConsistency(m, n, rootM, rootN, proof), m + "→" + n);
        if (m < n) {
          assertFalse(MerkleVerifier.verifyConsistency(m, n, rootM, rootN, flipped(proof)));
          assertFalse(MerkleVerifier.verifyConsistency(m, n, rootN, rootN, proof));
          assertFalse(MerkleVerifier.verifyConsistency(m, n, rootM, rootN, longer(proof)));
          if (m > 1) {
            assertFalse(MerkleVerifier.verifyConsistency(m - 1, n, rootM, rootN, proof));
          }
        }
      }
    }
  }

  @Test
  void rangeProofsRebuildTheRootFromAnyContiguousRange() {
    List<byte[]> leaves = leaves(45);
    LeafList tree = new LeafList(leaves, 0);
    for (int size = 1; size <= 45; size += 4) {
      byte[] root = MerkleTree.root(tree, size);
      for (int from = 0; from < size; from++) {
        for (int to = from + 1; to <= size; to++) {
          List<byte[]> proof = MerkleTree.rangeProof(tree, from, to, size);
          List<byte[]> range = leaves.subList(from, to);
          assertTrue(MerkleVerifier.verifyRange(range, from, to, size, proof, root));
          assertNull(MerkleVerifier.rootFromRange(range, from, to, size, longer(proof)));
          if (!proof.isEmpty()) {
            assertFalse(MerkleVerifier.verifyRange(range, from, to, size, flipped(proof), root));
          }
        }
      }
    }
  }

  @Test
  void aRangeWithAChangedLeafDoesNotRebuildTheRoot() {
    List<byte[]> leaves = leaves(20);
    LeafList tree = new LeafList(leaves, 0);
    byte[] root = MerkleTree.root(tree, 20);
    List<byte[]> proof = MerkleTree.rangeProof(tree, 5, 12, 20);
    List<byte[]> changed = new ArrayList<>(leaves.subList(5, 12));
    changed.set(3, MerkleHashes.leaf(new byte[] {42}));
    assertFalse(MerkleVerifier.verifyRange(changed, 5, 12, 20, proof, root));
    assertArrayEquals(root, MerkleVerifier.rootFromRange(leaves.subList(5, 12), 5, 12, 20, proof));
  }

  @Test
  void aCompactRangeGrowsTheSameTreeAndNamesEveryCompletedNode() {
    List<byte[]> leaves = leaves(100);
    LeafList tree = new LeafList(leaves, 0);
    CompactRange range = new CompactRange();
    for (int i = 0; i < leaves.size(); i++) {
      for (CompactRange.Node node : range.append(leaves.get(i))) {
        long width = 1L << node.level();
        assertArrayEquals(
            tree.hash(node.index() * width, (node.index() + 1) * width), node.hash(), "node");
      }
      assertArrayEquals(MerkleTree.root(tree, i + 1), range.root(), "size " + (i + 1));
    }
    assertArrayEquals(CT_LEAVES_ROOT_8, rootOfCtLeaves());
  }

  private static final byte[] CT_LEAVES_ROOT_8 =
      HEX.parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  private static byte[] rootOfCtLeaves() {
    CompactRange range = new CompactRange();
    CT_LEAVES.forEach(range::append);
    return range.root();
  }

  static List<byte[]> leaves(int count) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leaves.add(
          MerkleHashes.leaf(("event " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return leaves;
  }

  /** The same proof with one bit of its middle hash flipped. */
  static List<byte[]> flipped(List<byte[]> proof) {
    List<byte[]> copy = new ArrayList<>();
    proof.forEach(hash -> copy.add(hash.clone()));
    if (!copy.isEmpty()) {
      copy.get(copy.size() / 2)[7] ^= 0x10;
    }
    return copy;
  }

  static List<byte[]> longer(List<byte[]> proof) {
    List<byte[]> copy = new ArrayList<>(proof);
    copy.add(MerkleHashes.emptyRoot());
    return copy;
  }
}
