package io.tellerline.banking.domain;

import java.util.Optional;

/** Finds the bank customer behind an identity-provider subject (Keycloak user id). */
public interface CustomerDirectory {

  Optional<CustomerProfile> findByIdentitySubject(String subject);

  /** The identity-provider subject linked to a customer, for staff identity operations. */
  Optional<String> identitySubjectOf(CustomerId customer);

  /** The profile of a customer known by id. */
  default Optional<CustomerProfile> profileOf(CustomerId customer) {
    return identitySubjectOf(customer).flatMap(this::findByIdentitySubject);
  }
}
