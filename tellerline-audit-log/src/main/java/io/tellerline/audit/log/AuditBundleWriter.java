package io.tellerline.audit.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams an export bundle: events one by one (bounded memory whatever the range), then tree heads,
 * proofs, public keys and a manifest of SHA-256 file hashes signed with the log's key.
 */
public final class AuditBundleWriter implements AutoCloseable {

  private static final byte[] NEWLINE = {'\n'};

  private final ZipOutputStream zip;
  private final SigningKey signingKey;
  private final Map<String, String> fileHashes = new TreeMap<>();
  private final long from;
  private long next;
  private MessageDigest eventsDigest;
  private boolean finished;

  public AuditBundleWriter(OutputStream out, SigningKey signingKey, long from) throws IOException {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.signingKey = signingKey;
    this.from = from;
    this.next = from;
    zip.putNextEntry(new ZipEntry(AuditBundle.EVENTS));
    eventsDigest = sha256();
  }

  /** Appends the next event; indexes must be consecutive from the bundle's start. */
  public void event(AuditRecord record) throws IOException {
    if (record.index() != next) {
      throw new IllegalArgumentException("expected event " + next + ", got " + record.index());
    }
    eventLine(record.canonical());
  }

  /** Writes one line as given: tests use it to forge bundles the way an attacker would. */
  void eventLine(String line) throws IOException {
    write(line.getBytes(StandardCharsets.UTF_8), eventsDigest);
    write(NEWLINE, eventsDigest);
    next++;
  }

  /**
   * Completes the bundle: heads in increasing size (the last one is what the range proof proves
   * against), consistency proofs between consecutive heads, and every public key that signed.
   */
  public void finish(
      List<TreeHead> heads,
      List<Proofs.Consistency> consistency,
      Proofs.Range range,
      Map<String, byte[]> publicKeys)
      throws IOException {
    zip.closeEntry();
    fileHashes.put(AuditBundle.EVENTS, HexFormat.of().formatHex(eventsDigest.digest()));
    entry(AuditBundle.TREE_HEADS, lines(heads.stream().map(TreeHead::toJson).toList()));
    entry(
        AuditBundle.CONSISTENCY,
        lines(consistency.stream().map(Proofs.Consistency::toJson).toList()));
    entry(AuditBundle.RANGE_PROOF, range.toJson() + "\n");
    entry(AuditBundle.PUBLIC_KEYS, keys(publicKeys));
    String manifest = manifest(range.treeSize());
    byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
    entry(AuditBundle.MANIFEST, manifest);
    entry(
        AuditBundle.MANIFEST_SIGNATURE,
        "{\"keyId\":"
            + CanonicalJson.quote(signingKey.keyId())
            + ",\"signature\":"
            + CanonicalJson.quote(
                Base64.getEncoder().encodeToString(signingKey.sign(manifestBytes)))
            + "}\n");
    finished = true;
  }

  private String manifest(long treeSize) {
    StringBuilder files = new StringBuilder("{");
    fileHashes.forEach(
        (name, hash) ->
            files
                .append(files.length() == 1 ? "" : ",")
                .append(CanonicalJson.quote(name))
                .append(':')
                .append(CanonicalJson.quote(hash)));
    return CanonicalJson.of(
        "{\"format\":"
            + CanonicalJson.quote(AuditBundle.FORMAT)
            + ",\"from\":"
            + from
            + ",\"to\":"
            + next
            + ",\"treeSize\":"
            + treeSize
            + ",\"createdAt\":"
            + CanonicalJson.quote(Instant.now().toString())
            + ",\"files\":"
            + files.append('}')
            + "}");
  }

  private void entry(String name, String content) throws IOException {
    MessageDigest digest = sha256();
    zip.putNextEntry(new ZipEntry(name));
    write(content.getBytes(StandardCharsets.UTF_8), digest);
    zip.closeEntry();
    if (!name.equals(AuditBundle.MANIFEST) && !name.equals(AuditBundle.MANIFEST_SIGNATURE)) {
      fileHashes.put(name, HexFormat.of().formatHex(digest.digest()));
    }
  }

  private void write(byte[] bytes, MessageDigest digest) throws IOException {
    digest.update(bytes);
    zip.write(bytes);
  }

  private static String lines(List<String> lines) {
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  private static String keys(Map<String, byte[]> publicKeys) {
    StringBuilder out = new StringBuilder("{\"keys\":[");
    publicKeys.forEach(
        (id, key) ->
            out.append(out.length() == 9 ? "" : ",")
                .append("{\"ed25519\":")
                .append(CanonicalJson.quote(Base64.getEncoder().encodeToString(key)))
                .append(",\"keyId\":")
                .append(CanonicalJson.quote(id))
                .append('}'));
    return out.append("]}\n").toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ends the zip; the caller's stream stays open. Without {@link #finish} it has no manifest. */
  @Override
  public void close() throws IOException {
    if (!finished) {
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }
}
