package io.tellerline.audit.log;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Verifies an export bundle without trusting the bank's database or server: the manifest's
 * signature (with a trusted public key), every file's SHA-256, that events are consecutive from the
 * manifest's start to its end, that the events rebuild the root of the last signed tree head (range
 * proof), every tree head's signature and the consistency between consecutive heads.
 */
public final class AuditBundleVerifier {

  private static final JsonProvider JSON = JsonProvider.provider();

  /** The checks the server's verification shares; this class adds the bundle's own. */
  private final LogVerifier verifier = new LogVerifier();

  private AuditBundleVerifier() {}

  /**
   * @param trustedPublicKey the bank's published Ed25519 key; empty to trust the key the bundle
   *     carries (then the verdict can only say the bundle is consistent, not who made it)
   */
  public static BundleVerdict verify(Path bundle, Optional<byte[]> trustedPublicKey) {
    return new AuditBundleVerifier().run(bundle, trustedPublicKey);
  }

  private BundleVerdict run(Path bundle, Optional<byte[]> trustedPublicKey) {
    try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
      Map<String, byte[]> keys = publicKeys(zip);
      String manifestText = text(zip, AuditBundle.MANIFEST);
      JsonObject manifest = json(manifestText);
      JsonObject signature = json(text(zip, AuditBundle.MANIFEST_SIGNATURE));
      String keyId = signature.getString("keyId");
      byte[] key = trustedKey(keys, keyId, trustedPublicKey);
      checkManifest(manifest, manifestText, signature, key);
      checkFiles(zip, manifest.getJsonObject("files"));
      long from = manifest.getJsonNumber("from").longValueExact();
      long to = manifest.getJsonNumber("to").longValueExact();
      long treeSize = manifest.getJsonNumber("treeSize").longValueExact();
      List<byte[]> leaves = events(zip, from, to);
      List<TreeHead> heads = heads(zip, keys, trustedPublicKey.isPresent() ? key : null);
      checkConsistency(zip, heads);
      checkRange(zip, leaves, from, to, treeSize, heads);
      return new BundleVerdict(
          verifier.verified() && key != null,
          from,
          to,
          treeSize,
          leaves.size(),
          heads.size(),
          keyId,
          verifier.problems());
    } catch (IOException | RuntimeException e) {
      problem("the bundle cannot be read: " + e.getMessage());
      return new BundleVerdict(false, -1, -1, -1, 0, 0, "", verifier.problems());
    }
  }

  private byte[] trustedKey(
      Map<String, byte[]> bundleKeys, String keyId, Optional<byte[]> trustedPublicKey) {
    if (trustedPublicKey.isPresent()) {
      if (!SigningKey.keyId(trustedPublicKey.get()).equals(keyId)) {
        problem("the bundle is signed by key " + keyId + ", not by the trusted key");
      }
      return trustedPublicKey.get();
    }
    byte[] key = bundleKeys.get(keyId);
    if (key == null) {
      problem("the manifest's signing key " + keyId + " is not in the bundle");
    }
    return key;
  }

  private void checkManifest(JsonObject manifest, String text, JsonObject signature, byte[] key) {
    if (!AuditBundle.FORMAT.equals(manifest.getString("format", ""))) {
      problem("unknown bundle format " + manifest.getString("format", "(none)"));
    }
    byte[] sig = Base64.getDecoder().decode(signature.getString("signature"));
    if (key == null || !SigningKey.verify(key, text.getBytes(StandardCharsets.UTF_8), sig)) {
      problem("the manifest's signature does not verify");
    }
  }

  private void checkFiles(ZipFile zip, JsonObject files) throws IOException {
    for (String name :
        List.of(
            AuditBundle.EVENTS,
            AuditBundle.TREE_HEADS,
            AuditBundle.CONSISTENCY,
            AuditBundle.RANGE_PROOF,
            AuditBundle.PUBLIC_KEYS)) {
      if (!files.containsKey(name)) {
        problem("the manifest does not list " + name);
      } else if (!files.getString(name).equals(sha256(zip, name))) {
        problem(name + " does not match the manifest's SHA-256");
      }
    }
  }

  private List<byte[]> events(ZipFile zip, long from, long to) throws IOException {
    List<byte[]> leaves = new ArrayList<>((int) Math.max(0, Math.min(to - from, 50_000_000)));
    try (BufferedReader lines = reader(zip, AuditBundle.EVENTS)) {
      long expected = from;
      for (String line; (line = lines.readLine()) != null; expected++) {
        long index = index(line);
        if (index != expected) {
          problem(
              "event line "
                  + (expected - from + 1)
                  + " has index "
                  + index
                  + ", expected "
                  + expected
                  + " (deleted, inserted, duplicated or reordered events)");
          expected = index;
        }
        leaves.add(MerkleHashes.leaf(line.getBytes(StandardCharsets.UTF_8)));
      }
      if (expected != to) {
        problem("the events end at " + expected + ", the manifest says " + to + " (truncated?)");
      }
    }
    return leaves;
  }

  /**
   * The event's index. In the canonical form keys are sorted and quotes inside strings escaped, so
   * the first {@code "index":} is the top-level key; a line not in canonical form fails its hash
   * anyway. Falls back to full parsing when the fast read finds no number.
   */
  private static long index(String line) {
    int at = line.indexOf("\"index\":");
    if (at >= 0) {
      int start = at + 8;
      int end = start;
      while (end < line.length() && Character.isDigit(line.charAt(end))) {
        end++;
      }
      if (end > start && end - start < 19) {
        return Long.parseLong(line, start, end, 10);
      }
    }
    return json(line).getJsonNumber("index").longValueExact();
  }

  private List<TreeHead> heads(ZipFile zip, Map<String, byte[]> keys, byte[] trusted)
      throws IOException {
    List<TreeHead> heads = new ArrayList<>();
    try (BufferedReader lines = reader(zip, AuditBundle.TREE_HEADS)) {
      for (String line; (line = lines.readLine()) != null; ) {
        TreeHead head = TreeHead.from(json(line));
        verifier.signedHead(head, trusted != null ? trusted : keys.get(head.keyId()));
        heads.add(head);
      }
    }
    verifier.increasing(heads);
    if (heads.isEmpty()) {
      problem("the bundle has no tree head");
    }
    return heads;
  }

  private void checkConsistency(ZipFile zip, List<TreeHead> heads) throws IOException {
    Map<Long, Proofs.Consistency> proofs = new HashMap<>();
    try (BufferedReader lines = reader(zip, AuditBundle.CONSISTENCY)) {
      for (String line; (line = lines.readLine()) != null; ) {
        Proofs.Consistency proof = Proofs.Consistency.from(json(line));
        proofs.put(proof.from(), proof);
      }
    }
    for (int i = 1; i < heads.size(); i++) {
      TreeHead older = heads.get(i - 1);
      TreeHead newer = heads.get(i);
      verifier.consistent(older, newer, Optional.ofNullable(proofs.get(older.size())));
    }
  }

  private void checkRange(
      ZipFile zip, List<byte[]> leaves, long from, long to, long treeSize, List<TreeHead> heads)
      throws IOException {
    Proofs.Range range = Proofs.Range.from(json(text(zip, AuditBundle.RANGE_PROOF)));
    TreeHead last = heads.isEmpty() ? null : heads.get(heads.size() - 1);
    if (last == null
        || last.size() != treeSize
        || range.treeSize() != treeSize
        || range.from() != from
        || range.to() != to) {
      problem("the range proof does not match the manifest and the last tree head");
      return;
    }
    verifier.range(leaves, from, to, last, range.hashes());
  }

  private Map<String, byte[]> publicKeys(ZipFile zip) throws IOException {
    Map<String, byte[]> keys = new HashMap<>();
    for (JsonObject key :
        json(text(zip, AuditBundle.PUBLIC_KEYS))
            .getJsonArray("keys")
            .getValuesAs(JsonObject.class)) {
      byte[] raw = Base64.getDecoder().decode(key.getString("ed25519"));
      if (!SigningKey.keyId(raw).equals(key.getString("keyId"))) {
        problem("public key " + key.getString("keyId") + " does not match its id");
      }
      keys.put(SigningKey.keyId(raw), raw);
    }
    return keys;
  }

  private void problem(String text) {
    verifier.problem(text);
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static String text(ZipFile zip, String name) throws IOException {
    try (InputStream in = stream(zip, name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static BufferedReader reader(ZipFile zip, String name) throws IOException {
    return new BufferedReader(
        new InputStreamReader(stream(zip, name), StandardCharsets.UTF_8), 1 << 16);
  }

  private static InputStream stream(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new IOException(name + " is missing");
    }
    return zip.getInputStream(entry);
  }

  private static String sha256(ZipFile zip, String name) throws IOException {
    try (DigestInputStream in = new DigestInputStream(stream(zip, name), digest())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
