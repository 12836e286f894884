package io.tellerline.conversation.domain;

import java.util.Locale;

/** What the dashboard groups conversations by; the query's {@code :dimension}. */
public enum KpiDimension {
  ALL,
  DAY,
  WEEK,
  LANGUAGE,
  CHANNEL,
  INTENT;

  /** The name the query knows it by. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
