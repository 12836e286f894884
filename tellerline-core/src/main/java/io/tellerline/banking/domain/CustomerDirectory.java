package io.tellerline.banking.domain;

import io.tellerline.identity.domain.CustomerLogins;
import io.tellerline.kernel.CustomerId;
import java.util.Optional;

/**
 * Finds the bank customer behind an identity-provider subject (Keycloak user id), and the login of
 * a customer ({@link CustomerLogins}).
 */
public interface CustomerDirectory extends CustomerLogins {

  Optional<CustomerProfile> findByIdentitySubject(String subject);

  /** The profile of a customer known by id. */
  default Optional<CustomerProfile> profileOf(CustomerId customer) {
    return identitySubjectOf(customer).flatMap(this::findByIdentitySubject);
  }
}
