package io.tellerline.audit.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adversarial tests in the manner of Trillian's: a database altered after the fact is exported by
 * the genuine server (manifest signed with the genuine key), and the earlier-signed tree heads must
 * give it away; forged heads and altered proofs too.
 */
class AuditBundleTest {

  @TempDir Path dir;
  private final LogFixture log = new LogFixture(57, 16, 7);

  @Test
  void aGenuineBundleVerifiesWithThePinnedKey() throws Exception {
    BundleVerdict verdict = verify(log.bundle(dir, 0, 57, log.lines()));
    assertTrue(verdict.verified(), verdict.problems().toString());
    assertEquals(57, verdict.events());
    assertEquals(4, verdict.treeHeads());
  }

  @Test
  void aGenuinePartialRangeVerifies() throws Exception {
    List<String> lines = log.lines().subList(10, 40);
    BundleVerdict verdict = verify(log.bundle(dir, 10, 40, lines));
    assertTrue(verdict.verified(), verdict.problems().toString());
    assertEquals(30, verdict.events());
  }

  @Test
  void anotherKeyIsNotTrusted() throws Exception {
    byte[] other = new SigningKey(new byte[32]).publicKey();
    BundleVerdict verdict =
        AuditBundleVerifier.verify(log.bundle(dir, 0, 57, log.lines()), Optional.of(other));
    assertFalse(verdict.verified());
  }

  @Test
  void aModifiedEventIsDetected() throws Exception {
    List<String> lines = log.lines();
    lines.set(20, lines.get(20).replace("ANSWERED", "HANDED_OVER"));
    assertDetected(log.bundle(dir, 0, 57, lines));
  }

  @Test
  void deletedInsertedDuplicatedAndReorderedEventsAreDetected() throws Exception {
    List<String> deleted = log.lines();
    deleted.remove(30);
    assertDetected(log.bundle(dir, 0, 56, renumbered(deleted, 0)));
    assertDetected(log.bundle(dir, 0, 57, deleted));

    List<String> inserted = log.lines();
    inserted.add(12, inserted.get(12).replace("account_balance", "transfer_money"));
    assertDetected(log.bundle(dir, 0, 57, renumbered(inserted, 0).subList(0, 57)));

    List<String> duplicated = log.lines();
    duplicated.add(5, duplicated.get(5));
    assertDetected(log.bundle(dir, 0, 57, duplicated.subList(0, 57)));

    List<String> reordered = log.lines();
    Collections.swap(reordered, 3, 4);
    assertDetected(log.bundle(dir, 0, 57, reordered));
    assertDetected(log.bundle(dir, 0, 57, renumbered(reordered, 0)));
  }

  @Test
  void aTruncatedLogIsDetected() throws Exception {
    assertDetected(log.bundle(dir, 0, 57, log.lines().subList(0, 50)));
    assertDetected(log.bundle(dir, 0, 50, log.lines()));
  }

  @Test
  void aForgedTreeHeadIsDetected() throws Exception {
    TreeHead genuine = log.heads.get(log.heads.size() - 1);
    byte[] root = genuine.rootHash().clone();
    root[0] ^= 1;
    TreeHead forged =
        new TreeHead(
            genuine.size(), root, genuine.timestamp(), genuine.keyId(), genuine.signature());
    List<TreeHead> heads = List.of(forged);
    Proofs.Range range = new Proofs.Range(0, 57, 57, MerkleTree.rangeProof(log.tree(), 0, 57, 57));
    assertDetected(log.write(dir, 0, log.lines(), heads, List.of(), range));

    SigningKey attacker = new SigningKey(new byte[32]);
    TreeHead signedByAttacker = attacker.sign(57, genuine.rootHash(), Instant.now());
    assertDetected(log.write(dir, 0, log.lines(), List.of(signedByAttacker), List.of(), range));
  }

  @Test
  void aProofForTheWrongTreeSizeIsDetected() throws Exception {
    Proofs.Range wrongSize =
        new Proofs.Range(0, 40, 57, MerkleTree.rangeProof(log.tree(), 0, 40, 48));
    List<TreeHead> last = List.of(log.heads.get(log.heads.size() - 1));
    assertDetected(log.write(dir, 0, log.lines().subList(0, 40), last, List.of(), wrongSize));
  }

  @Test
  void aTamperedMiddleNodeIsDetected() throws Exception {
    List<byte[]> hashes = MerkleTreeTest.flipped(MerkleTree.rangeProof(log.tree(), 10, 20, 57));
    Proofs.Range range = new Proofs.Range(10, 20, 57, hashes);
    List<TreeHead> last = List.of(log.heads.get(log.heads.size() - 1));
    assertDetected(log.write(dir, 10, log.lines().subList(10, 20), last, List.of(), range));

    List<TreeHead> two = log.heads.subList(log.heads.size() - 2, log.heads.size());
    long m = two.get(0).size();
    List<byte[]> consistency =
        MerkleTreeTest.flipped(MerkleTree.consistencyProof(log.tree(), m, 57));
    Proofs.Range full = new Proofs.Range(0, 57, 57, MerkleTree.rangeProof(log.tree(), 0, 57, 57));
    assertDetected(
        log.write(
            dir, 0, log.lines(), two, List.of(new Proofs.Consistency(m, 57, consistency)), full));
  }

  /** ≥ 1,000 random tamperings of random bundles: every one must be detected. */
  @Test
  void randomizedTamperDrillDetectsEveryTrial() throws Exception {
    Random random = new Random(20261124);
    int trials = 1_000;
    int detected = 0;
    for (int trial = 0; trial < trials; trial++) {
      LogFixture fixture = new LogFixture(8 + random.nextInt(60), 1 + random.nextInt(20), trial);
      int size = fixture.records.size();
      List<String> lines = fixture.lines();
      int at = random.nextInt(size);
      int to = size; // every forged export claims the whole log, as the server would
      switch (random.nextInt(6)) {
        case 0 -> lines.set(at, lines.get(at).replace("\"n\":" + at, "\"n\":" + (at + 1)));
        case 1 -> {
          // Deleted from the database; the server still claims the whole log.
          lines.remove(at);
          lines = renumbered(lines, 0);
        }
        case 2 -> {
          lines.add(at, lines.get(at).replace("assistant", "intruder"));
          lines = renumbered(lines, 0).subList(0, size);
        }
        case 3 -> {
          int other = (at + 1 + random.nextInt(size - 1)) % size;
          Collections.swap(lines, at, other);
          if (random.nextBoolean()) {
            lines = renumbered(lines, 0);
          }
        }
        case 4 -> lines = new ArrayList<>(lines.subList(0, at)); // truncated at `at`
        default -> {
          byte[] flipped = lines.get(at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
          int position = flipped.length / 2 + random.nextInt(flipped.length / 2 - 2);
          flipped[position] = (byte) (flipped[position] == 'x' ? 'y' : 'x');
          lines.set(at, new String(flipped, java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      Path bundle = fixture.bundle(dir, 0, to, lines);
      if (!AuditBundleVerifier.verify(bundle, Optional.of(fixture.key.publicKey())).verified()) {
        detected++;
      }
      java.nio.file.Files.delete(bundle);
    }
    assertEquals(trials, detected, "every tampering detected");
  }

  private static List<String> renumbered(List<String> lines, long from) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.get(i).replaceFirst("\"index\":\\d+", "\"index\":" + (from + i)));
    }
    return out;
  }

  private BundleVerdict verify(Path bundle) {
    return AuditBundleVerifier.verify(bundle, Optional.of(log.key.publicKey()));
  }

  private void assertDetected(Path bundle) {
    BundleVerdict verdict = verify(bundle);
    assertFalse(verdict.verified(), "tampering went unnoticed");
    assertFalse(verdict.problems().isEmpty());
  }
}
