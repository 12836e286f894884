package io.tellerline.kernel;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The bank's internal customer identifier; also the customer's pseudonym in the audit trail. */
public record CustomerId(UUID value) implements Serializable {

  public CustomerId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
