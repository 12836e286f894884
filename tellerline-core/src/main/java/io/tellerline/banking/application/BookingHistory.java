package io.tellerline.banking.application;

import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.banking.domain.TransactionQuery;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A customer's bookings over a recent period, all of her accounts, through the core-banking port:
 * the history the rules of later capabilities (insights, recommendations) run over. Callers have
 * established who the customer is.
 */
@ApplicationScoped
public class BookingHistory {

  /** At most this many bookings are read at a time. */
  static final int MOST_BOOKINGS = 5_000;

  @Inject CoreBanking bank;

  /** Her bookings of the {@code days} days up to {@code today} (inclusive), every kind. */
  public List<Transaction> lastDays(CustomerId customer, LocalDate today, int days) {
    return bank.transactionsOf(
        customer,
        new TransactionQuery(
            today.minusDays(days),
            today,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false),
        MOST_BOOKINGS);
  }
}
