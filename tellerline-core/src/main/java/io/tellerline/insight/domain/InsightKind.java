package io.tellerline.insight.domain;

/** What an insight is about; each kind has one detector. */
public enum InsightKind {
  PRICE_RISE,
  UNUSUAL_DEBIT,
  DUPLICATE_CHARGE,
  LOW_BALANCE_FORECAST
}
