package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.kernel.CustomerId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.Currency;
import java.util.List;

/** Native queries of the demo bank: the customer is always parameter 1, so no query forgets it. */
final class DemoRows {

  private DemoRows() {}

  static List<Object[]> of(
      EntityManager entityManager, String sql, CustomerId customer, Object... more) {
    var query = entityManager.createNativeQuery(sql).setParameter(1, customer.value());
    for (int i = 0; i < more.length; i++) {
      query.setParameter(i + 2, more[i]);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(row -> (Object[]) row).toList();
  }

  /** A booking from (booked_on, amount, currency, counterparty, category, account's last four). */
  static Transaction transaction(Object[] row) {
    Currency currency = Currency.getInstance(row[2].toString().strip());
    return new Transaction(
        ((Date) row[0]).toLocalDate(),
        new Money((BigDecimal) row[1], currency),
        (String) row[3],
        (String) row[4],
        (String) row[5]);
  }
}
