package io.tellerline.privacy.infrastructure;

import io.tellerline.privacy.domain.Erasure;
import io.tellerline.privacy.domain.Erasures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;

/** The erasure register, table {@code customer_erasure}. */
@ApplicationScoped
public class JpaErasures implements Erasures {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void record(Erasure erasure) {
    entityManager
        .createNativeQuery(
            "insert into customer_erasure (customer_id, erased_at, erased_by, reason,"
                + " keys_destroyed, messages_redacted, values_redacted)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                + " on conflict (customer_id) do update set erased_at = excluded.erased_at,"
                + " erased_by = excluded.erased_by, reason = excluded.reason,"
                + " keys_destroyed = customer_erasure.keys_destroyed + excluded.keys_destroyed,"
                + " messages_redacted = excluded.messages_redacted,"
                + " values_redacted = customer_erasure.values_redacted + excluded.values_redacted")
        .setParameter(1, erasure.customer().value())
        .setParameter(2, Timestamp.from(erasure.erasedAt()))
        .setParameter(3, erasure.erasedBy())
        .setParameter(4, erasure.reason())
        .setParameter(5, erasure.keysDestroyed())
        .setParameter(6, erasure.messagesRedacted())
        .setParameter(7, erasure.valuesRedacted())
        .executeUpdate();
  }
}
