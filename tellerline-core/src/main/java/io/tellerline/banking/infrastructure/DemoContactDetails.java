package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.ContactChannel;
import io.tellerline.banking.domain.ContactDetails;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * The demo bank's record of customers' contacts (db-migrations/V13), one per channel: the core
 * bank's own record, which needs the value itself to reach the customer.
 */
@ApplicationScoped
public class DemoContactDetails implements ContactDetails {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Inject Clock clock;

  @Override
  public boolean change(CustomerId customer, ContactChannel channel, String value) {
    int changed =
        NativeQueries.sql(
                entityManager,
                "insert into customer_contact (customer_id, channel, value, verified_at)"
                    + " select id, ?2, ?3, ?4 from customer where id = ?1"
                    + " on conflict (customer_id, channel)"
                    + " do update set value = excluded.value, verified_at = excluded.verified_at")
            .setParameter(1, customer.value())
            .setParameter(2, channel.name())
            .setParameter(3, value)
            .setParameter(4, Timestamp.from(clock.instant()))
            .executeUpdate();
    return changed == 1;
  }
}
