package io.tellerline.insight.domain;

import java.util.List;

/**
 * A deterministic rule over one account's history. Same history, same day: same insights. A change
 * of a rule's thresholds is a new {@link #ruleVersion()}, recorded with every insight it yields.
 */
public interface InsightDetector {

  InsightKind kind();

  /** The detector's name and version, e.g. {@code price-rise/1}. */
  String ruleVersion();

  List<Insight> detect(AccountHistory history);
}
