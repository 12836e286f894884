package io.tellerline.banking.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One booked transaction of a customer's account; negative amounts are payments. */
public record Transaction(
    LocalDate bookedOn, Money amount, String counterparty, String category, String accountLast4)
    implements Serializable {

  public Transaction {
    Objects.requireNonNull(bookedOn, "bookedOn");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(counterparty, "counterparty");
    Objects.requireNonNull(category, "category");
  }
}
