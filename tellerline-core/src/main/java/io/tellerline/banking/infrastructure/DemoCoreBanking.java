package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.AccountNumber;
import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerId;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.banking.domain.TransactionQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * The demo core-banking system: accounts in Tellerline's own database (see db-migrations/). Every
 * query joins to the customer, so one customer can never read or change another's data.
 */
@ApplicationScoped
public class DemoCoreBanking implements CoreBanking {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public List<AccountSummary> accountsOf(CustomerId customer) {
    return rows(
            "select id, product_name, right(iban, 4), currency, balance from account"
                + " where customer_id = ?1 order by opened_on, id",
            customer)
        .stream()
        .map(DemoCoreBanking::toSummary)
        .toList();
  }

  @Override
  public List<AccountNumber> accountNumbersOf(CustomerId customer) {
    return rows(
            "select product_name, iban from account where customer_id = ?1 order by opened_on, id",
            customer)
        .stream()
        .map(row -> new AccountNumber((String) row[0], (String) row[1]))
        .toList();
  }

  @Override
  public List<CardSummary> cardsOf(CustomerId customer) {
    return rows(
            "select c.id, c.scheme, c.pan_last4, c.status, c.expires_on from card c"
                + " join account a on a.id = c.account_id where a.customer_id = ?1"
                + " order by a.opened_on, c.expires_on desc, c.id",
            customer)
        .stream()
        .map(DemoCoreBanking::toCard)
        .toList();
  }

  @Override
  public boolean changeCardStatus(CustomerId customer, UUID cardId, CardStatus status) {
    int changed =
        entityManager
            .createNativeQuery(
                "update card set status = ?1 where id = ?2 and account_id in"
                    + " (select id from account where customer_id = ?3)")
            .setParameter(1, status.name())
            .setParameter(2, cardId)
            .setParameter(3, customer.value())
            .executeUpdate();
    return changed == 1;
  }

  @Override
  public List<Transaction> transactionsOf(CustomerId customer, TransactionQuery query, int limit) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select t.booked_on, t.amount, t.currency, t.counterparty, t.category,"
                    + " right(a.iban, 4) from account_transaction t"
                    + " join account a on a.id = t.account_id where a.customer_id = ?1"
                    + " and t.booked_on between ?2 and ?3"
                    + " order by t.booked_on desc, t.id desc limit ?4")
            .setParameter(1, customer.value())
            .setParameter(2, java.sql.Date.valueOf(query.from()))
            .setParameter(3, java.sql.Date.valueOf(query.to()))
            .setParameter(4, limit)
            .getResultList();
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(DemoCoreBanking::toTransaction)
        .filter(query::matches)
        .toList();
  }

  @Override
  public List<String> counterpartiesOf(CustomerId customer) {
    return rows(
            "select distinct t.counterparty, 1 from account_transaction t"
                + " join account a on a.id = t.account_id where a.customer_id = ?1",
            customer)
        .stream()
        .map(row -> (String) row[0])
        .sorted()
        .toList();
  }

  private static Transaction toTransaction(Object[] row) {
    Currency currency = Currency.getInstance(row[2].toString().strip());
    return new Transaction(
        ((java.sql.Date) row[0]).toLocalDate(),
        new Money((BigDecimal) row[1], currency),
        (String) row[3],
        (String) row[4],
        (String) row[5]);
  }

  private List<Object[]> rows(String sql, CustomerId customer) {
    List<?> rows =
        entityManager.createNativeQuery(sql).setParameter(1, customer.value()).getResultList();
    return rows.stream().map(row -> (Object[]) row).toList();
  }

  private static AccountSummary toSummary(Object[] row) {
    Money balance = new Money((BigDecimal) row[4], Currency.getInstance(row[3].toString().strip()));
    return new AccountSummary(
        UUID.fromString(row[0].toString()), (String) row[1], (String) row[2], balance);
  }

  private static CardSummary toCard(Object[] row) {
    return new CardSummary(
        UUID.fromString(row[0].toString()),
        (String) row[1],
        row[2].toString().strip(),
        CardStatus.valueOf((String) row[3]),
        ((Date) row[4]).toLocalDate());
  }
}
