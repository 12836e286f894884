package io.tellerline.banking.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** An active standing order of the customer's: to a saved payee, an amount, a rhythm. */
public record StandingOrder(
    UUID id,
    String payeeName,
    String payeeIbanLast4,
    Money amount,
    Rhythm rhythm,
    LocalDate firstPayment) {

  public StandingOrder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(payeeName, "payeeName");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rhythm, "rhythm");
    Objects.requireNonNull(firstPayment, "firstPayment");
  }

  /** The next payment on or after the bank's today. */
  public LocalDate nextPayment(LocalDate today) {
    return rhythm.nextOnOrAfter(firstPayment, today);
  }
}
