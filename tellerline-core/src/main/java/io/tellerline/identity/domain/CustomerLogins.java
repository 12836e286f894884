package io.tellerline.identity.domain;

import io.tellerline.kernel.CustomerId;
import java.util.Optional;

/**
 * Which identity-provider login (subject) belongs to a bank customer. Identity owns the question;
 * the customer register (banking's {@code CustomerDirectory}) answers it, so identity does not
 * depend on banking.
 */
public interface CustomerLogins {

  /** The identity-provider subject linked to a customer, for staff identity operations. */
  Optional<String> identitySubjectOf(CustomerId customer);
}
