package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.banking.domain.PostalAddress;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Resolves Keycloak subjects through the customer table's identity link. */
@ApplicationScoped
public class JpaCustomerDirectory implements CustomerDirectory {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public Optional<CustomerProfile> findByIdentitySubject(String subject) {
    List<?> rows =
        NativeQueries.sql(
                entityManager,
                "select id, preferred_language, display_name, street, postcode, city"
                    + " from customer where idp_subject = ?1")
            .setParameter(1, subject)
            .getResultList();
    return rows.stream().findFirst().map(row -> profile((Object[]) row));
  }

  private static CustomerProfile profile(Object[] row) {
    return new CustomerProfile(
        new CustomerId(UUID.fromString(row[0].toString())),
        Locale.forLanguageTag((String) row[1]),
        (String) row[2],
        new PostalAddress((String) row[3], (String) row[4], (String) row[5]));
  }

  @Override
  public Optional<String> identitySubjectOf(CustomerId customer) {
    List<?> rows =
        NativeQueries.sql(entityManager, "select idp_subject from customer where id = ?1")
            .setParameter(1, customer.value())
            .getResultList();
    return rows.stream().findFirst().map(Object::toString);
  }
}
