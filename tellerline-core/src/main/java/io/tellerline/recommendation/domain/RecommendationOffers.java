package io.tellerline.recommendation.domain;

import io.tellerline.kernel.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Offers made and the customers' decisions ({@code recommendation_offer}). */
public interface RecommendationOffers {

  /** Records that it was offered (the first time only). */
  void offered(CustomerId customer, Recommendation recommendation, Instant at);

  void decided(CustomerId customer, String productCode, Decision decision, Instant at);

  /** Products she has decided on: never offered again. */
  Set<String> decidedBy(CustomerId customer);

  /** Every customer with her group attributes and her offers, for the fairness report. */
  List<FairnessReport.Customer> population();
}
