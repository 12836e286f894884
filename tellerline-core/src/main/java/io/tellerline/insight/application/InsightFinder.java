package io.tellerline.insight.application;

import io.tellerline.banking.application.BookingHistory;
import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.insight.domain.AccountHistory;
import io.tellerline.insight.domain.Insight;
import io.tellerline.insight.domain.InsightDetector;
import io.tellerline.insight.domain.InsightDetectors;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every detector over each of a customer's accounts: the last seven months of bookings and
 * today's balance, read through the core-banking port (her own data only; the bookings through
 * {@link BookingHistory}).
 */
@ApplicationScoped
public class InsightFinder {

  static final int HISTORY_DAYS = 210;

  @Inject CoreBanking bank;
  @Inject BookingHistory history;
  @Inject BankCalendar calendar;

  public List<Insight> insightsOf(CustomerId customer) {
    LocalDate today = calendar.today();
    List<Transaction> bookings = history.lastDays(customer, today, HISTORY_DAYS);
    List<Insight> found = new ArrayList<>();
    for (InsightDetector detector : InsightDetectors.all()) {
      for (AccountSummary account : bank.accountsOf(customer)) {
        List<Transaction> own =
            bookings.stream().filter(t -> account.ibanLast4().equals(t.accountLast4())).toList();
        if (!own.isEmpty()) {
          found.addAll(
              detector.detect(
                  new AccountHistory(account.ibanLast4(), account.balance(), today, own)));
        }
      }
    }
    return found;
  }
}
