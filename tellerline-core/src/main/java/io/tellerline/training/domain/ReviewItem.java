package io.tellerline.training.domain;

import io.tellerline.kernel.CustomerId;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A customer's turn waiting for review: its masked text (placeholders for personal data, never the
 * originals), what the assistant made of it and why it is here. {@code customer} is only used to
 * check consent; the inbox never shows it.
 */
public record ReviewItem(
    UUID messageId,
    String language,
    String maskedText,
    String predictedIntent,
    BigDecimal confidence,
    UUID correctionId,
    String correctedIntent,
    List<ReviewReason> reasons,
    CustomerId customer) {

  public ReviewItem {
    reasons = List.copyOf(reasons);
  }
}
