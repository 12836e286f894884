package io.tellerline.banking.infrastructure;

import static io.tellerline.banking.infrastructure.NativeQueries.rows;
import static io.tellerline.banking.infrastructure.NativeQueries.update;

import io.tellerline.banking.domain.ErasedInstructions;
import io.tellerline.banking.domain.Iban;
import io.tellerline.banking.domain.PayeeName;
import io.tellerline.banking.domain.PayeeOutcome;
import io.tellerline.banking.domain.Payees;
import io.tellerline.banking.domain.PaymentInstructionErasure;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** The demo core bank's saved payees: adding one, erasing them, in Tellerline's own database. */
@ApplicationScoped
public class DemoPayees implements Payees, PaymentInstructionErasure {

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

  /** The masked name of an erased payee; unique per customer, like every payee's name. */
  static final String ERASED_NAME = "Erased payee ";

  @Override
  public ErasedInstructions eraseAllOf(CustomerId customer) {
    int transfers =
        update(
            entityManager,
            "delete from scheduled_transfer where account_id in"
                + " (select id from account where customer_id = ?1)"
                + " or payee_id in (select id from payee where customer_id = ?2)",
            customer.value(),
            customer.value());
    int orders =
        update(
            entityManager,
            "update standing_order set status = 'CANCELLED',"
                + " cancelled_at = coalesce(cancelled_at, now()), reference = 'erased'"
                + " where reference <> 'erased' and payee_id in"
                + " (select id from payee where customer_id = ?1)",
            customer.value());
    int payees =
        update(
            entityManager,
            "update payee set name = ?2 || left(id::text, 8), iban = left(iban, 2) || '00ERASED'"
                + " where customer_id = ?1 and name not like ?3",
            customer.value(),
            ERASED_NAME,
            ERASED_NAME + "%");
    return new ErasedInstructions(payees, transfers, orders);
  }
}
