package io.tellerline.insight.domain;

import io.tellerline.kernel.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The insights customers dismissed, with their feedback (table {@code insight_dismissal}). */
public interface InsightDismissals {

  /**
   * A dismissal as stored: which insight (its id, a digest), of which kind and rule version, her
   * feedback and when she gave it. Never the insight's text, amounts or merchants (not stored).
   */
  record Dismissal(
      String insightId,
      String kind,
      String ruleVersion,
      InsightFeedback feedback,
      Instant dismissedAt) {}

  /** Records the dismissal; a second dismissal of the same insight changes nothing. */
  void dismiss(CustomerId customer, Insight insight, InsightFeedback feedback, Instant at);

  /** The ids of the insights the customer dismissed. */
  Set<String> dismissedBy(CustomerId customer);

  /** Her dismissals, oldest first (her copy of her data). */
  List<Dismissal> dismissalsOf(CustomerId customer);
}
