package io.tellerline.recommendation.domain;

import java.util.List;

/** Every recommendation rule, in the order their suggestions are shown. */
public final class RecommendationRules {

  private RecommendationRules() {}

  public static List<RecommendationRule> all() {
    return List.of(new ForeignSpendingRule(), new IdleBalanceRule());
  }
}
