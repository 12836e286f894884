package io.tellerline.banking.domain;

import io.tellerline.kernel.CustomerId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The little a conversation needs to know about a customer. Name and address are personal data:
 * they are used only to recognise them in the customer's messages, never shown or logged.
 */
public record CustomerProfile(
    CustomerId id, Locale preferredLanguage, String fullName, PostalAddress address) {

  public CustomerProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
  }

  public CustomerProfile(CustomerId id, Locale preferredLanguage) {
    this(id, preferredLanguage, null, null);
  }

  public Optional<String> name() {
    return Optional.ofNullable(fullName);
  }

  public Optional<PostalAddress> postalAddress() {
    return Optional.ofNullable(address);
  }

  /** Keeps name and address out of logs and error messages. */
  @Override
  public String toString() {
    return "CustomerProfile[" + id + ", " + preferredLanguage + "]";
  }
}
