package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Statement;
import io.tellerline.banking.domain.StatementDocument;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.kernel.CustomerId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo bank's monthly account statements, computed from its bookings. Every query joins to the
 * customer, so one customer can never read another's statement.
 */
final class DemoStatements {

  private final EntityManager entityManager;

  DemoStatements(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  List<Statement> statementsOf(CustomerId customer, YearMonth from, YearMonth to) {
    return DemoRows.of(
            entityManager,
            "select a.id, a.product_name, right(a.iban, 4), to_char(t.booked_on, 'YYYY-MM')"
                + " from account a join account_transaction t on t.account_id = a.id"
                + " where a.customer_id = ?1 and t.booked_on between ?2 and ?3"
                + " group by 1, 2, 3, 4, a.opened_on order by 4 desc, a.opened_on, 1",
            customer,
            Date.valueOf(from.atDay(1)),
            Date.valueOf(to.atEndOfMonth()))
        .stream()
        .map(
            row ->
                new Statement(
                    UUID.fromString(row[0].toString()),
                    (String) row[1],
                    (String) row[2],
                    YearMonth.parse((String) row[3])))
        .toList();
  }

  /**
   * The closing balance is today's balance less everything booked after the month; the opening
   * balance is the closing balance less the month's bookings.
   */
  Optional<StatementDocument> statement(CustomerId customer, UUID accountId, YearMonth month) {
    List<Object[]> accounts =
        DemoRows.of(
            entityManager,
            "select c.display_name, a.product_name, a.iban, a.currency, a.balance,"
                + " coalesce((select sum(t.amount) from account_transaction t"
                + " where t.account_id = a.id and t.booked_on > ?3), 0)"
                + " from account a join customer c on c.id = a.customer_id"
                + " where a.customer_id = ?1 and a.id = ?2",
            customer,
            accountId,
            Date.valueOf(month.atEndOfMonth()));
    if (accounts.isEmpty()) {
      return Optional.empty();
    }
    Object[] account = accounts.get(0);
    Currency currency = Currency.getInstance(account[3].toString().strip());
    List<Transaction> bookings =
        DemoRows.of(
                entityManager,
                "select t.booked_on, t.amount, t.currency, t.counterparty, t.category,"
                    + " right(a.iban, 4) from account_transaction t"
                    + " join account a on a.id = t.account_id"
                    + " where a.customer_id = ?1 and a.id = ?2 and t.booked_on between ?3 and ?4"
                    + " order by t.booked_on, t.id",
                customer,
                accountId,
                Date.valueOf(month.atDay(1)),
                Date.valueOf(month.atEndOfMonth()))
            .stream()
            .map(DemoRows::transaction)
            .toList();
    BigDecimal closing = ((BigDecimal) account[4]).subtract((BigDecimal) account[5]);
    BigDecimal booked =
        bookings.stream().map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(
        new StatementDocument(
            (String) account[0],
            (String) account[1],
            (String) account[2],
            month,
            new Money(closing.subtract(booked), currency),
            new Money(closing, currency),
            bookings));
  }
}
