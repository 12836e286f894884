package io.tellerline.banking.domain;

import java.util.Objects;
import java.util.UUID;

/** A payee the customer saved; a chat shows only the last four characters of its IBAN. */
public record Payee(UUID id, String name, String ibanLast4) {

  public Payee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
