package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerId;
import io.tellerline.banking.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** The demo core-banking system: accounts in Tellerline's own database (see db-migrations/). */
@ApplicationScoped
public class DemoCoreBanking implements CoreBanking {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public List<AccountSummary> accountsOf(CustomerId customer) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select id, product_name, right(iban, 4), currency, balance from account"
                    + " where customer_id = ?1 order by opened_on, id")
            .setParameter(1, customer.value())
            .getResultList();
    return rows.stream().map(row -> toSummary((Object[]) row)).toList();
  }

  private static AccountSummary toSummary(Object[] row) {
    Money balance = new Money((BigDecimal) row[4], Currency.getInstance(row[3].toString().strip()));
    return new AccountSummary(
        UUID.fromString(row[0].toString()), (String) row[1], (String) row[2], balance);
  }
}
