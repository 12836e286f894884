package io.tellerline.audit.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An event's inclusion in the signed log: its canonical form, leaf index, the tree head it is
 * proven against (size, root, time, key, signature valid) and the audit path, checked here with the
 * same code the offline verifier uses.
 */
public record EventProof(
    String canonicalEvent,
    long leafIndex,
    long treeSize,
    String rootHash,
    Instant signedAt,
    String keyId,
    boolean signatureValid,
    List<String> auditPath,
    boolean inclusionVerified)
    implements Serializable {

  public boolean verified() {
    return signatureValid && inclusionVerified;
  }
}
