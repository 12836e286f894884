package io.tellerline.identity.domain;

import java.time.Duration;

/**
 * What needs a second person (four eyes), and how long a request waits for one. A new kind (e.g. a
 * model's release) adds a constant here and performs its action when the request is approved.
 */
public enum ApprovalKind {
  /** A knowledge-base draft goes live: what the assistant tells customers. */
  ARTICLE_PUBLICATION(Duration.ZERO),
  /** A customer's personal data is destroyed (crypto-shredding); cannot be undone. */
  CUSTOMER_ERASURE(Duration.ofDays(7)),
  /** An intent model trained in the running system goes live: who trained it may not approve. */
  MODEL_RELEASE(Duration.ZERO);

  private final Duration waits;

  ApprovalKind(Duration waits) {
    this.waits = waits;
  }

  /** How long a request waits for its second person before it expires. */
  public Duration waits() {
    return waits;
  }
}
