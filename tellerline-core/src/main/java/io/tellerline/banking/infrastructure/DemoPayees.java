package io.tellerline.banking.infrastructure;

import static io.tellerline.banking.infrastructure.NativeQueries.rows;
import static io.tellerline.banking.infrastructure.NativeQueries.update;

import io.tellerline.banking.domain.Iban;
import io.tellerline.banking.domain.PayeeName;
import io.tellerline.banking.domain.PayeeOutcome;
import io.tellerline.banking.domain.Payees;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** The demo core bank's saved payees: adding one, in Tellerline's own database. */
@ApplicationScoped
public class DemoPayees implements Payees {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  /**
   * A repeated id or a name the customer already uses (case aside) saves nothing; the table's
   * unique name per customer backs the check up against two requests at the same time.
   */
  @Override
  public PayeeOutcome add(CustomerId customer, UUID payeeId, PayeeName name, Iban iban) {
    if (!rows(
            entityManager,
            "select id from payee where id = ?1 and customer_id = ?2",
            payeeId,
            customer.value())
        .isEmpty()) {
      return PayeeOutcome.ALREADY_ADDED;
    }
    int added =
        update(
            entityManager,
            "insert into payee (id, customer_id, name, iban)"
                + " select ?1, ?2, ?3, ?4 where not exists (select 1 from payee"
                + " where customer_id = ?2 and lower(name) = lower(?3))"
                + " on conflict do nothing",
            payeeId,
            customer.value(),
            name.value(),
            iban.value());
    return added == 1 ? PayeeOutcome.ADDED : PayeeOutcome.NAME_TAKEN;
  }
}
