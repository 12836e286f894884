package io.tellerline.audit.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checks the server and the offline verifier share, on a log of 23 events with a head every 5.
 */
class LogVerifierTest {

  private final LogFixture log = new LogFixture(23, 5, 7);
  private final LogVerifier verifier = new LogVerifier();

  @Test
  void anIntactLogRebuildsEverySignedRootFromItsFirstLeaf() {
    rebuild(log.leaves);

    assertTrue(verifier.verified(), verifier.problems().toString());
  }

  @Test
  void aMissingLeafIsNamedAndStopsTheRebuild() {
    LogVerifier.Rebuild tree = verifier.rebuildFromFirstLeaf(log.heads);
    for (int index = 0; index < log.leaves.size(); index++) {
      if (index != 11 && !tree.append(index, log.leaves.get(index))) {
        break; // as the server stops reading
      }
    }
    tree.finish();

    assertEquals(
        List.of("leaf 11 is missing", "the log has 11 leaves, the signed head says 23"),
        verifier.problems());
  }

  @Test
  void anAlteredEventIsSeenTwiceItsStoredHashAndTheSignedRoot() {
    byte[] forged = MerkleHashes.leaf("{\"index\":4,\"forged\":true}".getBytes());

    verifier.storedLeaf(4, forged, log.leaves.get(4));
    List<byte[]> leaves = new ArrayList<>(log.leaves);
    leaves.set(4, forged);
    rebuild(leaves);

    assertTrue(verifier.problems().get(0).contains("leaf 4 does not match its leaf hash"));
    assertTrue(
        verifier.problems().contains("events do not rebuild the signed root of tree size 5"),
        verifier.problems().toString());
  }

  @Test
  void aTruncatedLogIsShorterThanItsLastSignedHead() {
    rebuild(log.leaves.subList(0, 20));

    assertEquals(List.of("the log has 20 leaves, the signed head says 23"), verifier.problems());
  }

  @Test
  void aHeadSignedByAnotherKeyOrWithAnUnknownKeyIsRefused() {
    TreeHead head = log.heads.get(0);
    SigningKey attacker = new SigningKey(new byte[32]);

    verifier.signedHead(head, log.key.publicKey());
    assertTrue(verifier.verified());
    verifier.signedHead(head, attacker.publicKey());
    verifier.signedHead(head, null);

    assertEquals(2, verifier.problems().size());
  }

  @Test
  void aRangeWithItsProofRebuildsTheRootAndAnAlteredOneDoesNot() {
    TreeHead last = log.heads.get(log.heads.size() - 1);
    List<byte[]> proof = MerkleTree.rangeProof(log.tree(), 7, 15, last.size());

    verifier.range(log.leaves.subList(7, 15), 7, 15, last, proof);
    assertTrue(verifier.verified(), verifier.problems().toString());

    verifier.range(log.leaves.subList(7, 14), 7, 15, last, proof);
    assertFalse(verifier.verified());
  }

  @Test
  void headsMustGrowAndProveConsistency() {
    TreeHead older = log.heads.get(1);
    TreeHead newer = log.heads.get(3);
    Proofs.Consistency proof =
        new Proofs.Consistency(
            older.size(),
            newer.size(),
            MerkleTree.consistencyProof(log.tree(), older.size(), newer.size()));

    verifier.increasing(List.of(older, newer));
    verifier.consistent(older, newer, Optional.of(proof));
    assertTrue(verifier.verified(), verifier.problems().toString());

    verifier.increasing(List.of(newer, older));
    verifier.consistent(older, newer, Optional.empty());
    TreeHead forged = log.key.sign(newer.size(), new byte[32], Instant.EPOCH);
    verifier.consistent(older, forged, Optional.of(proof));
    assertEquals(3, verifier.problems().size(), verifier.problems().toString());
  }

  @Test
  void problemsAreCappedSoAWreckedLogStillGivesAShortReport() {
    for (int i = 0; i < 80; i++) {
      verifier.problem("problem " + i);
    }

    assertEquals(LogVerifier.MAX_PROBLEMS, verifier.problems().size());
  }

  private void rebuild(List<byte[]> leaves) {
    LogVerifier.Rebuild tree = verifier.rebuildFromFirstLeaf(log.heads);
    for (int i = 0; i < leaves.size(); i++) {
      if (!tree.append(i, leaves.get(i))) {
        break;
      }
    }
    tree.finish();
  }
}
