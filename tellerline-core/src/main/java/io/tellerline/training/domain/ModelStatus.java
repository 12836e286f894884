package io.tellerline.training.domain;

/** Where an intent model version stands in its release. */
public enum ModelStatus {
  /** Being trained in the background (progress on the console). */
  TRAINING,
  /** Training failed; kept for the record. */
  FAILED,
  /** Trained and evaluated, with its model card; waits for shadow or approval. */
  CANDIDATE,
  /** A candidate that scores live turns without answering (at most one). */
  SHADOW,
  /** Answers customers (exactly one). */
  LIVE,
  /** Was live and was replaced; may be rolled back to if it was approved. */
  RETIRED,
  /** Will never go live. */
  REJECTED;

  /** Whether a second person may still approve it for release. */
  public boolean releasable() {
    return this == CANDIDATE || this == SHADOW;
  }
}
