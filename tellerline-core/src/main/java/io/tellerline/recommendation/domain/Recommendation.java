package io.tellerline.recommendation.domain;

import java.util.List;
import java.util.Objects;

/**
 * A rule's suggestion of a product with its reason: the text key and the facts it names (counts,
 * {@code Money}), formatted for the customer's language when shown.
 */
public record Recommendation(
    String productCode, String ruleVersion, String reason, List<Object> facts) {

  public Recommendation {
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(ruleVersion, "ruleVersion");
    Objects.requireNonNull(reason, "reason");
    facts = List.copyOf(facts);
  }
}
