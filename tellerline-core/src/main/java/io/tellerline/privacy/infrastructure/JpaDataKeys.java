package io.tellerline.privacy.infrastructure;

import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.MasterKeys;
import io.tellerline.privacy.domain.DataKey;
import io.tellerline.privacy.domain.DataKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Data keys in table {@code customer_data_key}, wrapped with AES-256-GCM under a master key
 * (associated data {@code customer_data_key/<key id>}, so a wrapped key cannot be moved to another
 * row). Nothing is cached: once a key is destroyed, no instance of the cluster can use it again.
 */
@ApplicationScoped
public class JpaDataKeys implements DataKeys {

  private final SecureRandom random = new SecureRandom();

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Inject MasterKeys masterKeys;
  @Inject Clock clock;

  static String associatedData(String keyId) {
    return "customer_data_key/" + keyId;
  }

  @Override
  public DataKey liveKeyOf(CustomerId customer) {
    Optional<DataKey> live = liveKey(customer);
    if (live.isPresent()) {
      return live.get();
    }
    create(customer);
    // Ours, or the one a concurrent first message of the same customer created.
    return liveKey(customer).orElseThrow(() -> new IllegalStateException("no data key created"));
  }

  private Optional<DataKey> liveKey(CustomerId customer) {
    return usableKey("customer_id", customer.value());
  }

  /** The key whose {@code column} has {@code value}, unless destroyed. */
  private Optional<DataKey> usableKey(String column, Object value) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select key_id, wrapped_key from customer_data_key where "
                    + column
                    + " = ?1 and destroyed_at is null")
            .setParameter(1, value)
            .getResultList();
    return rows.stream().findFirst().map(row -> unwrap((Object[]) row));
  }

  private void create(CustomerId customer) {
    Number generation =
        (Number)
            entityManager
                .createNativeQuery(
                    "select coalesce(max(generation), 0) + 1 from customer_data_key"
                        + " where customer_id = ?1")
                .setParameter(1, customer.value())
                .getSingleResult();
    String keyId = "dk-" + customer.value() + "-" + generation.intValue();
    byte[] material = new byte[32];
    random.nextBytes(material);
    String wrapped = masterKeys.wrapping().seal(material, associatedData(keyId));
    entityManager
        .createNativeQuery(
            "insert into customer_data_key"
                + " (key_id, customer_id, generation, wrapped_key, master_key_id, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
        .setParameter(1, keyId)
        .setParameter(2, customer.value())
        .setParameter(3, generation.intValue())
        .setParameter(4, wrapped)
        .setParameter(5, masterKeys.activeKeyId())
        .setParameter(6, Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  @Override
  public Optional<DataKey> find(String keyId) {
    return usableKey("key_id", keyId);
  }

  @Override
  public int destroyAllOf(CustomerId customer) {
    return entityManager
        .createNativeQuery(
            "update customer_data_key set wrapped_key = null, master_key_id = null,"
                + " destroyed_at = ?2 where customer_id = ?1 and destroyed_at is null")
        .setParameter(1, customer.value())
        .setParameter(2, Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  private DataKey unwrap(Object[] row) {
    String keyId = (String) row[0];
    return new DataKey(keyId, masterKeys.wrapping().open((String) row[1], associatedData(keyId)));
  }
}
