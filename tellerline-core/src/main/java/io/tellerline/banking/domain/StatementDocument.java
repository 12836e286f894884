package io.tellerline.banking.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * What a monthly statement says: the account (full IBAN, which is why downloading one needs
 * multi-factor authentication), the balances at the start and end of the month, and every booking.
 */
public record StatementDocument(
    String holder,
    String productName,
    String iban,
    YearMonth month,
    Money opening,
    Money closing,
    List<Transaction> bookings) {

  public StatementDocument {
    bookings = List.copyOf(bookings);
  }

  @Override
  public String toString() {
    return "StatementDocument[" + month + ", " + bookings.size() + " bookings]";
  }
}
