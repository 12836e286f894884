package io.tellerline.audit.log;

import java.util.List;

/**
 * What verifying an export bundle found. {@code verified} is true only when every signature, file
 * hash, event index, proof and tree head checked out and the signing key was trusted.
 */
public record BundleVerdict(
    boolean verified,
    long from,
    long to,
    long treeSize,
    long events,
    int treeHeads,
    String keyId,
    List<String> problems) {

  public BundleVerdict {
    problems = List.copyOf(problems);
  }
}
