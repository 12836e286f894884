package io.tellerline.banking.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A standing order to set up. Its id is chosen by the caller and is the idempotency key: setting up
 * the same order twice leaves one.
 */
public record NewStandingOrder(
    UUID id, UUID payeeId, Money amount, Rhythm rhythm, LocalDate firstPayment) {

  public NewStandingOrder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(payeeId, "payeeId");
    Objects.requireNonNull(rhythm, "rhythm");
    Objects.requireNonNull(firstPayment, "firstPayment");
    if (amount.amount().signum() <= 0) {
      throw new IllegalArgumentException("a standing order pays a positive amount");
    }
  }
}
