package io.tellerline.recommendation.domain;

import io.tellerline.kernel.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Offers made and the customers' decisions ({@code recommendation_offer}). */
public interface RecommendationOffers {

  /**
   * An offer to a customer as stored: the product, the rule and version that offered it, when, and
   * her decision and its time ({@code null} both while she has not decided).
   */
  record Offer(
      String productCode,
      String ruleVersion,
      Instant offeredAt,
      Decision decision,
      Instant decidedAt) {}

  /** Records that it was offered (the first time only). */
  void offered(CustomerId customer, Recommendation recommendation, Instant at);

  void decided(CustomerId customer, String productCode, Decision decision, Instant at);

  /** Products she has decided on: never offered again. */
  Set<String> decidedBy(CustomerId customer);

  /** Every offer made to her, with her decisions, oldest first (her copy of her data). */
  List<Offer> offersTo(CustomerId customer);

  /** Every customer with her group attributes and her offers, for the fairness report. */
  List<FairnessReport.Customer> population();
}
