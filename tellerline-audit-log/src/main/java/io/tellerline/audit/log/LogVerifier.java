package io.tellerline.audit.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The checks of the audit log that the server (from its database) and the offline verifier (from an
 * export bundle) share, so that both judge a log by the same rules: signed tree heads, events that
 * still match their leaf hashes, leaves that rebuild a signed root (from the first leaf, or as a
 * range with its proof) and signed heads consistent with each other. It collects problems, at most
 * {@value #MAX_PROBLEMS}, in plain words for a compliance officer.
 */
public final class LogVerifier {

  public static final int MAX_PROBLEMS = 50;

  private final List<String> problems = new ArrayList<>();

  /** The head's signature verifies with {@code publicKey} (null: the key is unknown). */
  public void signedHead(TreeHead head, byte[] publicKey) {
    if (publicKey == null || !SigningKey.verify(publicKey, head)) {
      problem("the tree head of size " + head.size() + " has no valid signature");
    }
  }

  /** Signed heads of one log only grow. */
  public void increasing(List<TreeHead> heads) {
    for (int i = 1; i < heads.size(); i++) {
      if (heads.get(i).size() <= heads.get(i - 1).size()) {
        problem("tree heads are not in increasing size at size " + heads.get(i).size());
      }
    }
  }

  /** An event read back still hashes to the leaf hash stored when it was appended. */
  public void storedLeaf(long index, byte[] recomputed, byte[] stored) {
    if (!MessageDigest.isEqual(recomputed, stored)) {
      problem("event of leaf " + index + " does not match its leaf hash (altered)");
    }
  }

  /** The newer head extends the older one (RFC 9162 consistency proof); empty: no proof given. */
  public void consistent(TreeHead older, TreeHead newer, Optional<Proofs.Consistency> proof) {
    if (proof.isEmpty()
        || proof.get().to() != newer.size()
        || !MerkleVerifier.verifyConsistency(
            older.size(), newer.size(), older.rootHash(), newer.rootHash(), proof.get().hashes())) {
      problem("tree heads " + older.size() + " and " + newer.size() + " are not consistent");
    }
  }

  /** The leaves {@code [from, to)} with the range proof rebuild the signed head's root. */
  public void range(List<byte[]> leaves, long from, long to, TreeHead head, List<byte[]> proof) {
    if (leaves.size() != to - from
        || !MerkleVerifier.verifyRange(leaves, from, to, head.size(), proof, head.rootHash())) {
      problem(
          "events ["
              + from
              + ", "
              + to
              + ") do not rebuild the root of the signed tree head of size "
              + head.size()
              + " (events or proof altered)");
    }
  }

  /**
   * Rebuilds the tree from the first leaf, in order, checking every signed head's root when the
   * tree reaches its size: the whole log, verified without any proof.
   */
  public Rebuild rebuildFromFirstLeaf(List<TreeHead> heads) {
    return new Rebuild(heads);
  }

  public void problem(String text) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(text);
    }
  }

  public boolean verified() {
    return problems.isEmpty();
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** The whole log's leaves, appended in order of their index. */
  public final class Rebuild {

    private final CompactRange tree = new CompactRange();
    private final Iterator<TreeHead> heads;
    private final long signedSize;
    private TreeHead due;
    private boolean broken;

    private Rebuild(List<TreeHead> heads) {
      this.heads = heads.iterator();
      this.signedSize = heads.isEmpty() ? 0 : heads.get(heads.size() - 1).size();
      this.due = this.heads.hasNext() ? this.heads.next() : null;
    }

    /**
     * @return false once a leaf is missing: the rest cannot rebuild any root, stop reading
     */
    public boolean append(long index, byte[] leafHash) {
      if (broken) {
        return false;
      }
      if (index != tree.size()) {
        problem("leaf " + tree.size() + " is missing");
        broken = true;
        return false;
      }
      tree.append(leafHash);
      while (due != null && due.size() == tree.size()) {
        if (!MessageDigest.isEqual(tree.root(), due.rootHash())) {
          problem("events do not rebuild the signed root of tree size " + due.size());
        }
        due = heads.hasNext() ? heads.next() : null;
      }
      return true;
    }

    /** The number of leaves appended. */
    public long size() {
      return tree.size();
    }

    /**
     * Call after the last leaf: the log must hold exactly the leaves its last signed head covers.
     */
    public void finish() {
      if (tree.size() != signedSize) {
        problem("the log has " + tree.size() + " leaves, the signed head says " + signedSize);
      }
    }
  }
}
