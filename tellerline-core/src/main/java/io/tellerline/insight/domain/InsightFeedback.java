package io.tellerline.insight.domain;

/** What a customer said when she dismissed an insight. */
public enum InsightFeedback {
  USEFUL,
  NOT_USEFUL,
  WRONG
}
