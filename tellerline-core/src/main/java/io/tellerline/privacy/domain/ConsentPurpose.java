package io.tellerline.privacy.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a customer may consent to, beyond what the bank needs to serve her. Each purpose is off
 * until she turns it on, and she may turn it off at any time (GDPR art. 7). Issue 21 added the
 * second.
 */
public enum ConsentPurpose {
  /** Her (masked) messages may become training data for the assistant's intent model. */
  IMPROVE_ASSISTANT("improve-assistant"),
  /**
   * Her transactions may be read by rules that point out price rises, unusual debits, duplicate
   * charges and a balance that may not last until payday (issue 21).
   */
  PERSONAL_INSIGHTS("personal-insights"),
  /**
   * Rules may read her accounts to suggest one of the bank's products (a card without foreign fees,
   * a savings account); never an investment product (issue 21). Separate from insights: a customer
   * may want hints about her money without being offered products.
   */
  PRODUCT_OFFERS("product-offers");

  private final String slug;

  ConsentPurpose(String slug) {
    this.slug = slug;
  }

  /** The purpose's name in the API ({@code /api/me/consents/{slug}}). */
  public String slug() {
    return slug;
  }

  /** The purpose an API path names; empty for anything else. */
  public static Optional<ConsentPurpose> bySlug(String slug) {
    return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
  }
}
