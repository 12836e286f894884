package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.BookingOrigin;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.kernel.CustomerId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;

/** Native queries of the demo bank: the customer is always parameter 1, so no query forgets it. */
final class DemoRows {

  /** The columns {@link #transaction} reads after the first six, with table alias {@code t}. */
  static final String ORIGIN = ", t.authorised_at, t.authorisation_ref, t.mandate_reference";

  private DemoRows() {}

  static List<Object[]> of(
      EntityManager entityManager, String sql, CustomerId customer, Object... more) {
    var query = NativeQueries.sql(entityManager, sql).setParameter(1, customer.value());
    for (int i = 0; i < more.length; i++) {
      query.setParameter(i + 2, more[i]);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(row -> (Object[]) row).toList();
  }

  /**
   * A booking from (booked_on, amount, currency, counterparty, category, account's last four) and,
   * where the query selects them ({@link #ORIGIN}), its authorisation time and reference and its
   * mandate reference.
   */
  static Transaction transaction(Object[] row) {
    Currency currency = Currency.getInstance(row[2].toString().strip());
    Transaction booking =
        new Transaction(
            ((Date) row[0]).toLocalDate(),
            new Money((BigDecimal) row[1], currency),
            (String) row[3],
            (String) row[4],
            (String) row[5]);
    return row.length < 9
        ? booking
        : booking.from(new BookingOrigin(localTime(row[6]), (String) row[7], (String) row[8]));
  }

  /** A {@code timestamp} column (no zone) as the driver hands it over. */
  private static LocalDateTime localTime(Object value) {
    if (value == null || value instanceof LocalDateTime) {
      return (LocalDateTime) value;
    }
    return ((Timestamp) value).toLocalDateTime();
  }
}
