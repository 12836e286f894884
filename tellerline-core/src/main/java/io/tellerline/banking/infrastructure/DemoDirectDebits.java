package io.tellerline.banking.infrastructure;

import static io.tellerline.banking.infrastructure.NativeQueries.rows;
import static io.tellerline.banking.infrastructure.NativeQueries.update;

import io.tellerline.banking.domain.Cancellation;
import io.tellerline.banking.domain.DirectDebit;
import io.tellerline.banking.domain.DirectDebits;
import io.tellerline.banking.domain.Money;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo core bank's direct-debit mandates, in Tellerline's own database. Every statement joins
 * to the customer's accounts, so one customer can never read or change another's mandates.
 */
@ApplicationScoped
public class DemoDirectDebits implements DirectDebits {

  private static final String OF_CUSTOMER =
      " and account_id in (select id from account where customer_id = ?2)";

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public List<DirectDebit> of(CustomerId customer) {
    return rows(
            entityManager,
            "select m.id, m.creditor_name, m.category, m.mandate_reference, m.last_amount,"
                + " m.last_currency, m.last_collected_on from direct_debit_mandate m"
                + " join account a on a.id = m.account_id"
                + " where a.customer_id = ?1 and m.status = 'ACTIVE'"
                + " order by m.creditor_name, m.mandate_reference, m.id",
            customer.value())
        .stream()
        .map(DemoDirectDebits::toDirectDebit)
        .toList();
  }

  @Override
  public Cancellation cancel(CustomerId customer, UUID mandateId) {
    int cancelled =
        update(
            entityManager,
            "update direct_debit_mandate set status = 'CANCELLED', cancelled_at = now()"
                + " where id = ?1 and status = 'ACTIVE'"
                + OF_CUSTOMER,
            mandateId,
            customer.value());
    if (cancelled == 1) {
      return Cancellation.CANCELLED;
    }
    return rows(
                entityManager,
                "select id from direct_debit_mandate where id = ?1" + OF_CUSTOMER,
                mandateId,
                customer.value())
            .isEmpty()
        ? Cancellation.NOT_FOUND
        : Cancellation.ALREADY_CANCELLED;
  }

  private static DirectDebit toDirectDebit(Object[] row) {
    Optional<Money> last =
        Optional.ofNullable((BigDecimal) row[4])
            .map(amount -> new Money(amount, Currency.getInstance(row[5].toString().strip())));
    return new DirectDebit(
        UUID.fromString(row[0].toString()),
        (String) row[1],
        (String) row[2],
        (String) row[3],
        last,
        Optional.ofNullable((Date) row[6]).map(Date::toLocalDate));
  }
}
