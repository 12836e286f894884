package io.tellerline.banking.application;

import io.tellerline.identity.domain.PolicyDecision;
import java.util.Optional;

/**
 * The answer to a statement download: the document, or (when the policy wants a stronger or more
 * recent authentication) the decision that says which.
 */
public record StatementDownload(PolicyDecision decision, Optional<File> file) {

  /** The document as the customer saves it. */
  public record File(String name, String mediaType, byte[] content) {}
}
