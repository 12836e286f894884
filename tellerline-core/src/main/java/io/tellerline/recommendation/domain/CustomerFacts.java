package io.tellerline.recommendation.domain;

import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.Transaction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules see of one customer: her accounts and their recent bookings, today, and since when
 * she has been a customer (her first account's opening). No name, age, address or language: no rule
 * can use one.
 */
public record CustomerFacts(
    LocalDate today,
    LocalDate customerSince,
    List<AccountSummary> accounts,
    List<Transaction> bookings) {

  public CustomerFacts {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(customerSince, "customerSince");
    accounts = List.copyOf(accounts);
    bookings = List.copyOf(bookings);
  }

  public long customerDays() {
    return ChronoUnit.DAYS.between(customerSince, today);
  }

  /** The account a booking was made on. */
  public Optional<AccountSummary> accountOf(Transaction booking) {
    return accounts.stream().filter(a -> a.ibanLast4().equals(booking.accountLast4())).findFirst();
  }
}
