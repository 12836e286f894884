package io.tellerline.privacy.infrastructure;

import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.persistence.InstantAttributeConverter;
import io.tellerline.privacy.application.ConsentHistory;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.ConsentRecord;
import io.tellerline.privacy.domain.Consents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The consent register, table {@code customer_consent}: insert and select only (the table refuses
 * updates and deletes itself).
 */
@ApplicationScoped
public class JpaConsents implements Consents, ConsentHistory {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void append(ConsentRecord change) {
    entityManager
        .createNativeQuery(
            "insert into customer_consent (customer_id, purpose, granted, text_version,"
                + " recorded_at) values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, change.customer().value())
        .setParameter(2, change.purpose().name())
        .setParameter(3, change.granted())
        .setParameter(4, change.textVersion())
        .setParameter(5, Timestamp.from(change.recordedAt()))
        .executeUpdate();
  }

  @Override
  public List<ConsentRecord> historyOf(CustomerId customer) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select purpose, granted, text_version, recorded_at from customer_consent"
                    + " where customer_id = ?1 order by seq")
            .setParameter(1, customer.value())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .flatMap(row -> record(customer, row).stream())
        .toList();
  }

  @Override
  public Set<CustomerId> consenting(ConsentPurpose purpose, Collection<CustomerId> customers) {
    if (customers.isEmpty()) {
      return Set.of();
    }
    List<?> latest =
        entityManager
            .createNativeQuery(
                "select customer_id from (select distinct on (customer_id) customer_id, granted"
                    + " from customer_consent where purpose = ?1 order by customer_id, seq desc)"
                    + " current where granted")
            .setParameter(1, purpose.name())
            .getResultList();
    Set<CustomerId> asked = Set.copyOf(customers);
    return latest.stream()
        .map(id -> new CustomerId(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())))
        .filter(asked::contains)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A row of a purpose this version does not know (added by a later one) is left out. */
  private static Optional<ConsentRecord> record(CustomerId customer, Object[] row) {
    return Arrays.stream(ConsentPurpose.values())
        .filter(p -> p.name().equals(row[0]))
        .findFirst()
        .map(
            purpose ->
                new ConsentRecord(
                    customer,
                    purpose,
                    (Boolean) row[1],
                    (String) row[2],
                    InstantAttributeConverter.fromColumn(row[3])));
  }
}
