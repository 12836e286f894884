package io.tellerline.banking.domain;

import java.util.Locale;
import java.util.Objects;

/** The little a conversation needs to know about a customer. */
public record CustomerProfile(CustomerId id, Locale preferredLanguage) {

  public CustomerProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
  }
}
