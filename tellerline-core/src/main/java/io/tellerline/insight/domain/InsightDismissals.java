package io.tellerline.insight.domain;

import io.tellerline.kernel.CustomerId;
import java.time.Instant;
import java.util.Set;

/** The insights customers dismissed, with their feedback (table {@code insight_dismissal}). */
public interface InsightDismissals {

  /** Records the dismissal; a second dismissal of the same insight changes nothing. */
  void dismiss(CustomerId customer, Insight insight, InsightFeedback feedback, Instant at);

  /** The ids of the insights the customer dismissed. */
  Set<String> dismissedBy(CustomerId customer);
}
