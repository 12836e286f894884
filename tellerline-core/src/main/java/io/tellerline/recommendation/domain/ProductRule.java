package io.tellerline.recommendation.domain;

import java.util.Objects;

/**
 * A product's eligibility rules as the bank holds them ({@code product_rule}): the account product
 * name that means the customer holds it, how long she must have been a customer, and the published
 * knowledge-base article that describes it.
 */
public record ProductRule(
    String code, ProductCategory category, String heldAs, int minCustomerDays, String articleSlug) {

  public ProductRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(heldAs, "heldAs");
    Objects.requireNonNull(articleSlug, "articleSlug");
  }

  /**
   * Whether the product may be offered to her: never an investment, never one she holds, and only
   * once she has been a customer long enough.
   */
  public boolean admits(CustomerFacts customer) {
    return category != ProductCategory.INVESTMENT
        && customer.accounts().stream().noneMatch(a -> a.productName().equals(heldAs))
        && customer.customerDays() >= minCustomerDays;
  }
}
