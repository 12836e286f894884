package io.tellerline.audit.application;

import java.io.Serializable;
import java.util.List;

/**
 * The result of re-checking the stored log in the application: every event's canonical hash against
 * its stored leaf, the root rebuilt from those hashes against the signed tree head, and the tree
 * heads' signatures and consistency.
 */
public record LogVerification(
    boolean verified, long events, long treeSize, int treeHeads, long millis, List<String> problems)
    implements Serializable {

  public LogVerification {
    problems = List.copyOf(problems);
  }
}
