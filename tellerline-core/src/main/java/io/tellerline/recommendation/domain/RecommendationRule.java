package io.tellerline.recommendation.domain;

import java.util.Optional;

/** A deterministic, versioned rule that may suggest one product to a customer. */
public interface RecommendationRule {

  /** The product it suggests ({@code product_rule.product_code}). */
  String productCode();

  /** Name and version, e.g. {@code foreign-spending/1}; recorded with every offer. */
  String version();

  /** Its suggestion for her, if her accounts show the need; eligibility is checked elsewhere. */
  Optional<Recommendation> evaluate(CustomerFacts customer, ProductRule product);
}
