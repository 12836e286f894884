package io.tellerline.recommendation.domain;

/** What kind of product a rule may recommend; investments never (they need a suitability check). */
public enum ProductCategory {
  CARD,
  SAVINGS,
  INVESTMENT
}
