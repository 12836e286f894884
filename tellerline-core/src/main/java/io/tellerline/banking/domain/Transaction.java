package io.tellerline.banking.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One booked transaction of a customer's account; negative amounts are payments. Its {@code origin}
 * (card authorisation or direct-debit mandate) is a small value object of its own rather than three
 * more nullable fields: most readers never look at it, and the five-part constructor below keeps
 * every caller that does not know it compiling and meaning the same (origin unknown).
 */
public record Transaction(
    LocalDate bookedOn,
    Money amount,
    String counterparty,
    String category,
    String accountLast4,
    BookingOrigin origin)
    implements Serializable {

  public Transaction {
    Objects.requireNonNull(bookedOn, "bookedOn");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(counterparty, "counterparty");
    Objects.requireNonNull(category, "category");
    origin = origin == null ? BookingOrigin.NONE : origin;
  }

  /** A booking whose origin the bank does not know. */
  public Transaction(
      LocalDate bookedOn, Money amount, String counterparty, String category, String accountLast4) {
    this(bookedOn, amount, counterparty, category, accountLast4, BookingOrigin.NONE);
  }

  /** The same booking with the given origin. */
  public Transaction from(BookingOrigin where) {
    return new Transaction(bookedOn, amount, counterparty, category, accountLast4, where);
  }
}
