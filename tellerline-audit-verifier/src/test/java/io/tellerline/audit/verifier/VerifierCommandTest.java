package io.tellerline.audit.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.log.AuditBundleWriter;
import io.tellerline.audit.log.AuditRecord;
import io.tellerline.audit.log.LeafList;
import io.tellerline.audit.log.MerkleTree;
import io.tellerline.audit.log.Proofs;
import io.tellerline.audit.log.SigningKey;
import io.tellerline.audit.log.TreeHead;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifierCommandTest {

  @TempDir Path dir;
  private final SigningKey key =
      new SigningKey(
          new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
          });

  @Test
  void aGenuineExportVerifiesWithExitCodeZero() throws Exception {
    Path bundle = bundle(records(25));
    StringWriter out = new StringWriter();
    int exit = run(out, "verify", bundle.toString(), "--public-key", publicKey());
    assertEquals(0, exit, out.toString());
    assertTrue(out.toString().contains("VERDICT: VERIFIED"), out.toString());
    assertTrue(out.toString().contains("events:      25"), out.toString());
  }

  @Test
  void anAlteredExportFailsWithExitCodeOne() throws Exception {
    List<AuditRecord> records = records(25);
    Path bundle = bundle(records, 7);
    StringWriter out = new StringWriter();
    assertEquals(1, run(out, "verify", bundle.toString(), "--public-key", publicKey()));
    assertTrue(out.toString().contains("NOT VERIFIED"), out.toString());
    assertTrue(out.toString().contains("PROBLEM:"), out.toString());
  }

  @Test
  void aPublicKeyFileIsAccepted() throws Exception {
    Path keyFile = Files.writeString(dir.resolve("bank.pub"), publicKey() + "\n");
    assertEquals(
        0,
        run(
            new StringWriter(),
            "verify",
            bundle(records(3)).toString(),
            "--public-key",
            keyFile.toString()));
  }

  @Test
  void withoutAKeyDecisionItRefusesToRun() throws Exception {
    assertEquals(2, run(new StringWriter(), "verify", bundle(records(3)).toString()));
    assertEquals(2, run(new StringWriter()));
  }

  private int run(StringWriter out, String... args) {
    return VerifierCommand.run(args, new PrintWriter(out, true));
  }

  private String publicKey() {
    return Base64.getEncoder().encodeToString(key.publicKey());
  }

  private static List<AuditRecord> records(int count) {
    List<AuditRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(
          new AuditRecord(
              i,
              "id-" + i,
              Instant.EPOCH.plusSeconds(i).toString(),
              "AI_DECISION",
              "assistant",
              null,
              "{\"n\":" + i + "}"));
    }
    return records;
  }

  private Path bundle(List<AuditRecord> records) throws Exception {
    return bundle(records, -1);
  }

  /** Writes the bundle; {@code alter} ≥ 0 changes that event after the tree was signed. */
  private Path bundle(List<AuditRecord> records, int alter) throws Exception {
    List<byte[]> leaves = records.stream().map(AuditRecord::leafHash).toList();
    LeafList tree = new LeafList(leaves, 0);
    int size = records.size();
    TreeHead head = key.sign(size, MerkleTree.root(tree, size), Instant.now());
    Path file = dir.resolve("export-" + alter + "-" + size + ".zip");
    try (OutputStream out = Files.newOutputStream(file);
        AuditBundleWriter writer = new AuditBundleWriter(out, key, 0)) {
      for (AuditRecord record : records) {
        writer.event(
            record.index() == alter
                ? new AuditRecord(
                    record.index(),
                    record.id(),
                    record.occurredAt(),
                    record.type(),
                    "intruder",
                    null,
                    record.payload())
                : record);
      }
      writer.finish(
          List.of(head),
          List.of(),
          new Proofs.Range(0, size, size, MerkleTree.rangeProof(tree, 0, size, size)),
          Map.of(key.keyId(), key.publicKey()));
    }
    return file;
  }
}
