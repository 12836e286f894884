package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.CardServices;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo bank's PIN letters and card activation (db-migrations/V13). Each statement names the
 * customer, so one customer can never order or activate for another's card.
 */
@ApplicationScoped
public class DemoCardServices implements CardServices {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Inject Clock clock;

  @Override
  public Optional<UUID> orderPinLetter(CustomerId customer, UUID cardId) {
    UUID letter = UUID.randomUUID();
    int ordered =
        NativeQueries.sql(
                entityManager,
                "insert into pin_letter (id, card_id, status, ordered_at)"
                    + " select ?1, c.id, 'ORDERED', ?2 from card c where c.id = ?3"
                    + " and c.status in ('ACTIVE', 'PENDING_ACTIVATION')"
                    + " and c.account_id in (select id from account where customer_id = ?4)")
            .setParameter(1, letter)
            .setParameter(2, Timestamp.from(clock.instant()))
            .setParameter(3, cardId)
            .setParameter(4, customer.value())
            .executeUpdate();
    return ordered == 1 ? Optional.of(letter) : Optional.empty();
  }

  @Override
  public boolean activate(CustomerId customer, UUID cardId) {
    int activated =
        NativeQueries.sql(
                entityManager,
                "update card set status = 'ACTIVE' where id = ?1"
                    + " and status = 'PENDING_ACTIVATION'"
                    + " and account_id in (select id from account where customer_id = ?2)")
            .setParameter(1, cardId)
            .setParameter(2, customer.value())
            .executeUpdate();
    return activated == 1;
  }
}
