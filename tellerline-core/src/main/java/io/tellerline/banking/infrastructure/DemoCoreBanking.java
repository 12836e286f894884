package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.AccountNumber;
import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Payee;
import io.tellerline.banking.domain.PostalAddress;
import io.tellerline.banking.domain.Statement;
import io.tellerline.banking.domain.StatementDocument;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.banking.domain.TransactionQuery;
import io.tellerline.banking.domain.TransferOutcome;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo core-banking system: accounts in Tellerline's own database (see db-migrations/). Every
 * query joins to the customer, so one customer can never read or change another's data.
 */
@ApplicationScoped
public class DemoCoreBanking implements CoreBanking {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  /** A transfer dated after the bank's today is scheduled, not booked. */
  @Inject BankCalendar calendar;

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
        NativeQueries.sql(
                entityManager,
                "update card set status = ?1 where id = ?2 and account_id in"
                    + " (select id from account where customer_id = ?3)")
            .setParameter(1, status.name())
            .setParameter(2, cardId)
            .setParameter(3, customer.value())
            .executeUpdate();
    return changed == 1;
  }

  @Override
  public boolean changeAddress(CustomerId customer, PostalAddress address) {
    int changed =
        NativeQueries.sql(
                entityManager,
                "update customer set street = ?1, postcode = ?2, city = ?3 where id = ?4")
            .setParameter(1, address.street())
            .setParameter(2, address.postcode())
            .setParameter(3, address.city())
            .setParameter(4, customer.value())
            .executeUpdate();
    return changed == 1;
  }

  @Override
  public List<Transaction> transactionsOf(CustomerId customer, TransactionQuery query, int limit) {
    List<?> rows =
        NativeQueries.sql(
                entityManager,
                "select t.booked_on, t.amount, t.currency, t.counterparty, t.category,"
                    + " right(a.iban, 4)"
                    + DemoRows.ORIGIN
                    + " from account_transaction t"
                    + " join account a on a.id = t.account_id where a.customer_id = ?1"
                    + " and t.booked_on between ?2 and ?3"
                    + " order by t.booked_on desc, t.id desc limit ?4")
            .setParameter(1, customer.value())
            .setParameter(2, Date.valueOf(query.from()))
            .setParameter(3, Date.valueOf(query.to()))
            .setParameter(4, limit)
            .getResultList();
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(DemoRows::transaction)
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

  @Override
  public List<Payee> payeesOf(CustomerId customer) {
    return rows(
            "select id, name, right(iban, 4) from payee where customer_id = ?1 order by name",
            customer)
        .stream()
        .map(row -> new Payee(UUID.fromString(row[0].toString()), (String) row[1], (String) row[2]))
        .toList();
  }

  @Override
  public TransferOutcome transfer(
      CustomerId customer, UUID payeeId, Money amount, LocalDate executeOn, String reference) {
    List<Object[]> payee =
        rows("select name, 1 from payee where customer_id = ?1 and id = ?2", customer, payeeId);
    if (payee.isEmpty()) {
      return TransferOutcome.of(TransferOutcome.Status.NO_SUCH_PAYEE);
    }
    String currency = amount.currency().getCurrencyCode();
    List<Object[]> accounts =
        rows(
            "select id, 1 from account where customer_id = ?1 and currency = ?2"
                + " order by opened_on, id limit 1",
            customer,
            currency);
    if (accounts.isEmpty()) {
      return TransferOutcome.of(TransferOutcome.Status.NO_ACCOUNT);
    }
    UUID account = UUID.fromString(accounts.get(0)[0].toString());
    if (executeOn.isAfter(calendar.today())) {
      update(
          "insert into scheduled_transfer (id, account_id, payee_id, amount, currency, execute_on,"
              + " reference) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
          UUID.randomUUID(),
          account,
          payeeId,
          amount.amount(),
          currency,
          Date.valueOf(executeOn),
          reference);
      return TransferOutcome.of(TransferOutcome.Status.SCHEDULED);
    }
    int debited =
        update(
            "update account set balance = balance - ?1 where id = ?2 and balance >= ?1",
            amount.amount(),
            account);
    if (debited == 0) {
      return TransferOutcome.of(TransferOutcome.Status.INSUFFICIENT_FUNDS);
    }
    update(
        "insert into account_transaction (account_id, booked_on, amount, currency, counterparty,"
            + " category, reference) values (?1, ?2, ?3, ?4, ?5, 'transfer', ?6)",
        account,
        Date.valueOf(executeOn),
        amount.amount().negate(),
        currency,
        payee.get(0)[0],
        reference);
    BigDecimal balance =
        (BigDecimal)
            NativeQueries.sql(entityManager, "select balance from account where id = ?1")
                .setParameter(1, account)
                .getSingleResult();
    return new TransferOutcome(
        TransferOutcome.Status.EXECUTED, Optional.of(new Money(balance, amount.currency())));
  }

  private int update(String sql, Object... parameters) {
    return NativeQueries.update(entityManager, sql, parameters);
  }

  @Override
  public List<Statement> statementsOf(CustomerId customer, YearMonth from, YearMonth to) {
    return new DemoStatements(entityManager).statementsOf(customer, from, to);
  }

  @Override
  public Optional<StatementDocument> statement(
      CustomerId customer, UUID accountId, YearMonth month) {
    return new DemoStatements(entityManager).statement(customer, accountId, month);
  }

  private List<Object[]> rows(String sql, CustomerId customer, Object... more) {
    return DemoRows.of(entityManager, sql, customer, more);
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
