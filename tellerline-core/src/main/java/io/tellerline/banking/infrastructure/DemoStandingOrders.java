package io.tellerline.banking.infrastructure;

import static io.tellerline.banking.infrastructure.NativeQueries.rows;
import static io.tellerline.banking.infrastructure.NativeQueries.update;

import io.tellerline.banking.domain.Cancellation;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.NewStandingOrder;
import io.tellerline.banking.domain.Rhythm;
import io.tellerline.banking.domain.StandingOrder;
import io.tellerline.banking.domain.StandingOrderOutcome;
import io.tellerline.banking.domain.StandingOrders;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * The demo core bank's standing orders, in Tellerline's own database (kept, not executed by a
 * scheduler). Every statement joins to the customer's accounts and payees, so one customer can
 * never read or change another's orders.
 */
@ApplicationScoped
public class DemoStandingOrders implements StandingOrders {

  static final String REFERENCE = "Standing order";

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public List<StandingOrder> of(CustomerId customer) {
    return rows(
            entityManager,
            "select s.id, p.name, right(p.iban, 4), s.amount, s.currency, s.rhythm,"
                + " s.first_payment_on from standing_order s"
                + " join account a on a.id = s.account_id join payee p on p.id = s.payee_id"
                + " where a.customer_id = ?1 and p.customer_id = ?1 and s.status = 'ACTIVE'"
                + " order by p.name, s.amount, s.id",
            customer.value())
        .stream()
        .map(DemoStandingOrders::toOrder)
        .toList();
  }

  @Override
  public StandingOrderOutcome create(CustomerId customer, NewStandingOrder order) {
    if (rows(
            entityManager,
            "select id from payee where customer_id = ?1 and id = ?2",
            customer.value(),
            order.payeeId())
        .isEmpty()) {
      return StandingOrderOutcome.NO_SUCH_PAYEE;
    }
    String currency = order.amount().currency().getCurrencyCode();
    List<Object[]> accounts =
        rows(
            entityManager,
            "select id from account where customer_id = ?1 and currency = ?2"
                + " order by opened_on, id limit 1",
            customer.value(),
            currency);
    if (accounts.isEmpty()) {
      return StandingOrderOutcome.NO_ACCOUNT;
    }
    int created =
        update(
            entityManager,
            "insert into standing_order (id, account_id, payee_id, amount, currency, rhythm,"
                + " first_payment_on, reference) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                + " on conflict (id) do nothing",
            order.id(),
            UUID.fromString(accounts.get(0)[0].toString()),
            order.payeeId(),
            order.amount().amount(),
            currency,
            order.rhythm().name(),
            Date.valueOf(order.firstPayment()),
            REFERENCE);
    return created == 1 ? StandingOrderOutcome.CREATED : StandingOrderOutcome.ALREADY_CREATED;
  }

  @Override
  public Cancellation cancel(CustomerId customer, UUID standingOrderId) {
    String ofCustomer = " and account_id in (select id from account where customer_id = ?2)";
    int cancelled =
        update(
            entityManager,
            "update standing_order set status = 'CANCELLED', cancelled_at = now()"
                + " where id = ?1 and status = 'ACTIVE'"
                + ofCustomer,
            standingOrderId,
            customer.value());
    if (cancelled == 1) {
      return Cancellation.CANCELLED;
    }
    return rows(
                entityManager,
                "select id from standing_order where id = ?1" + ofCustomer,
                standingOrderId,
                customer.value())
            .isEmpty()
        ? Cancellation.NOT_FOUND
        : Cancellation.ALREADY_CANCELLED;
  }

  private static StandingOrder toOrder(Object[] row) {
    return new StandingOrder(
        UUID.fromString(row[0].toString()),
        (String) row[1],
        (String) row[2],
        new Money((BigDecimal) row[3], Currency.getInstance(row[4].toString().strip())),
        Rhythm.valueOf((String) row[5]),
        ((Date) row[6]).toLocalDate());
  }
}
