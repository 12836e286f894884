package io.tellerline.audit.bench;

import io.tellerline.audit.log.AuditBundleWriter;
import io.tellerline.audit.log.AuditRecord;
import io.tellerline.audit.log.LeafList;
import io.tellerline.audit.log.MerkleTree;
import io.tellerline.audit.log.Proofs;
import io.tellerline.audit.log.SigningKey;
import io.tellerline.audit.log.TreeHead;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a large, genuine export bundle for the verifier benchmark: {@code events} AI decisions
 * with payloads shaped like the application's, a signed tree head every 100,000 events with
 * consistency proofs, and the public key beside it. Usage: {@code AuditBundleGenerator OUT.zip
 * EVENTS}.
 */
public final class AuditBundleGenerator {

  private static final int HEAD_EVERY = 100_000;

  private AuditBundleGenerator() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int events = Integer.parseInt(args[1]);
    Random random = new Random(42);
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    SigningKey key = new SigningKey(secret);
    List<AuditRecord> records = new ArrayList<>(events);
    List<byte[]> leaves = new ArrayList<>(events);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < events; i++) {
      AuditRecord record = record(i, start.plusMillis(i * 250L), random);
      records.add(record);
      leaves.add(record.leafHash());
    }
    LeafList tree = new LeafList(leaves, 0);
    List<TreeHead> heads = new ArrayList<>();
    List<Proofs.Consistency> consistency = new ArrayList<>();
    for (long size = HEAD_EVERY; size < events + HEAD_EVERY; size += HEAD_EVERY) {
      long n = Math.min(size, events);
      heads.add(key.sign(n, MerkleTree.root(tree, n), start.plusMillis(n * 250L)));
      if (heads.size() > 1) {
        long m = heads.get(heads.size() - 2).size();
        consistency.add(new Proofs.Consistency(m, n, MerkleTree.consistencyProof(tree, m, n)));
      }
    }
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        AuditBundleWriter writer = new AuditBundleWriter(file, key, 0)) {
      for (AuditRecord record : records) {
        writer.event(record);
      }
      writer.finish(
          heads,
          consistency,
          new Proofs.Range(0, events, events, MerkleTree.rangeProof(tree, 0, events, events)),
          Map.of(key.keyId(), key.publicKey()));
    }
    Files.writeString(
        Path.of(out + ".pub"), Base64.getEncoder().encodeToString(key.publicKey()) + "\n");
  }

  private static AuditRecord record(int index, Instant at, Random random) {
    String payload =
        "{\"conversationId\":\""
            + new UUID(random.nextLong(), random.nextLong())
            + "\",\"messageId\":\""
            + new UUID(random.nextLong(), random.nextLong())
            + "\",\"customer\":\""
            + new UUID(random.nextLong(), random.nextLong())
            + "\",\"channel\":\"WEB_CHAT\",\"language\":\"en\",\"languageFromProfile\":false"
            + ",\"intent\":\"account_balance\",\"confidence\":0."
            + (5000 + random.nextInt(4999))
            + ",\"outOfScope\":false,\"alternatives\":[{\"intent\":\"transaction_history\","
            + "\"score\":0.05}],\"frustrated\":false,\"frustration\":0.02"
            + ",\"modelVersion\":\"tl-intent-ead2b2be3e60\",\"policy\":{\"action\":\"account_balance\""
            + ",\"verdict\":\"ALLOWED\",\"version\":\"authn-3c1a2b4d5e6f\"},\"outcome\":\"ANSWERED\""
            + ",\"responseTemplate\":\"answer.balance\",\"acr\":\"password\",\"latencyMicros\":"
            + (3000 + random.nextInt(9000))
            + "}";
    return new AuditRecord(
        index,
        new UUID(random.nextLong(), random.nextLong()).toString(),
        at.toString(),
        "AI_DECISION",
        "assistant",
        null,
        payload);
  }
}
