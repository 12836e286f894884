package io.tellerline.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The intent the assistant recognised in a customer's message, stored with that message. */
@Embeddable
public class IntentDecision {

  @Column(name = "intent", length = 64)
  private String intent;

  @Column(name = "confidence", precision = 5, scale = 4)
  private BigDecimal confidence;

  @Column(name = "frustration", precision = 5, scale = 4)
  private BigDecimal frustration;

  protected IntentDecision() {}

  public IntentDecision(String intent, double confidence, double frustration) {
    this(intent, confidence);
    if (frustration < 0 || frustration > 1) {
      throw new IllegalArgumentException("frustration must be within [0, 1]");
    }
    this.frustration = BigDecimal.valueOf(frustration).setScale(4, RoundingMode.HALF_EVEN);
  }

  public IntentDecision(String intent, double confidence) {
    this.intent = Objects.requireNonNull(intent, "intent");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within [0, 1]");
    }
    this.confidence = BigDecimal.valueOf(confidence).setScale(4, RoundingMode.HALF_EVEN);
  }

  public String intent() {
    return intent;
  }

  public BigDecimal confidence() {
    return confidence;
  }

  /** The probability that the customer was frustrated, when the assistant assessed it. */
  public java.util.Optional<BigDecimal> frustration() {
    return java.util.Optional.ofNullable(frustration);
  }
}
