package io.tellerline.training.application;

import io.tellerline.training.domain.ReviewReason;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A turn as the review inbox shows it: masked text, the assistant's reading, why it is here and
 * whether its customer currently consents to it becoming training data (else only a staff rewrite
 * can). Who the customer is is not shown.
 */
public record ReviewItemView(
    UUID messageId,
    String language,
    String maskedText,
    String predictedIntent,
    BigDecimal confidence,
    String correctedIntent,
    List<ReviewReason> reasons,
    boolean consented)
    implements Serializable {

  public ReviewItemView {
    reasons = List.copyOf(reasons);
  }
}
