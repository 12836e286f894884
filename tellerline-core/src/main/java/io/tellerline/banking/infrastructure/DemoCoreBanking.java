package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.AccountNumber;
import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerId;
import io.tellerline.banking.domain.Money;
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
