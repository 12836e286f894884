package io.tellerline.audit.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A genuine log for tests: records, their tree, heads signed as the server signs them (every {@code
 * headEvery} events and at the end), and bundles written from it, optionally with the events
 * replaced by an attacker's lines (heads and proofs stay the genuine, earlier-signed ones).
 */
final class LogFixture {

  final SigningKey key;
  final List<AuditRecord> records = new ArrayList<>();
  final List<byte[]> leaves = new ArrayList<>();
  final List<TreeHead> heads = new ArrayList<>();

  LogFixture(int size, int headEvery, long seed) {
    Random random = new Random(seed);
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    key = new SigningKey(secret);
    Instant start = Instant.parse("2026-11-24T08:00:00Z");
    for (int i = 0; i < size; i++) {
      AuditRecord record =
          new AuditRecord(
              i,
              new UUID(random.nextLong(), random.nextLong()).toString(),
              start.plusSeconds(i).toString(),
              i % 5 == 0 ? "IDENTITY_OPERATION" : "AI_DECISION",
              "assistant",
              i % 3 == 0 ? null : new UUID(random.nextLong(), i).toString(),
              "{\"intent\":\"account_balance\",\"confidence\":0."
                  + (5000 + random.nextInt(5000))
                  + ",\"outcome\":\"ANSWERED\",\"n\":"
                  + i
                  + "}");
      records.add(record);
      leaves.add(record.leafHash());
      if ((i + 1) % headEvery == 0 || i == size - 1) {
        heads.add(key.sign(i + 1, MerkleTree.root(tree(), i + 1), start.plusSeconds(i + 1)));
      }
    }
  }

  LeafList tree() {
    return new LeafList(leaves, 0);
  }

  List<String> lines() {
    return new ArrayList<>(records.stream().map(AuditRecord::canonical).toList());
  }

  /**
   * A bundle claiming events [from, to), with the genuine heads after {@code from}, the genuine
   * proofs, and the given event lines (an attacker's, or the genuine ones).
   */
  Path bundle(Path dir, long from, long to, List<String> eventLines) throws IOException {
    long size = heads.get(heads.size() - 1).size();
    List<TreeHead> included = heads.stream().filter(h -> h.size() > from).toList();
    List<Proofs.Consistency> consistency = new ArrayList<>();
    for (int i = 1; i < included.size(); i++) {
      long m = included.get(i - 1).size();
      long n = included.get(i).size();
      consistency.add(new Proofs.Consistency(m, n, MerkleTree.consistencyProof(tree(), m, n)));
    }
    Proofs.Range range =
        new Proofs.Range(from, to, size, MerkleTree.rangeProof(tree(), from, to, size));
    return write(dir, from, eventLines, included, consistency, range);
  }

  Path write(
      Path dir,
      long from,
      List<String> eventLines,
      List<TreeHead> included,
      List<Proofs.Consistency> consistency,
      Proofs.Range range)
      throws IOException {
    Path file = Files.createTempFile(dir, "bundle", ".zip");
    try (OutputStream out = Files.newOutputStream(file);
        AuditBundleWriter writer = new AuditBundleWriter(out, key, from)) {
      for (String line : eventLines) {
        writer.eventLine(line);
      }
      writer.finish(included, consistency, range, Map.of(key.keyId(), key.publicKey()));
    }
    return file;
  }
}
