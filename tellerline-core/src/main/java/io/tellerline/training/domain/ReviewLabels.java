package io.tellerline.training.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The review inbox's reading of the conversations, and its decisions (table review_label). */
public interface ReviewLabels {

  /**
   * Customers' turns waiting for a decision, newest first: not understood, low confidence,
   * corrected by staff, or in a badly rated conversation; erased customers' turns are not listed.
   */
  List<ReviewItem> waiting(double lowConfidence, int limit);

  /** The waiting items among these message ids (those already decided are left out). */
  List<ReviewItem> waitingAmong(Set<UUID> messageIds, double lowConfidence);

  void add(ReviewLabel label);

  /** Every approved label with its current text and customer, in the order they were decided. */
  List<LabelCandidate> approved();
}
