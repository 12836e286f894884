package io.tellerline.recommendation.domain;

/** What a customer said to a recommendation. */
public enum Decision {
  ACCEPTED,
  DECLINED
}
