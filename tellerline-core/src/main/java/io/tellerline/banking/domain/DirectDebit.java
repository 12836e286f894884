package io.tellerline.banking.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An active SEPA direct-debit mandate the customer gave a creditor: the creditor's name, the kind
 * of creditor ({@code category}: fitness, insurance, telecom, streaming, utilities, …), the mandate
 * reference, and the last amount collected under it, if any.
 */
public record DirectDebit(
    UUID mandateId,
    String creditor,
    String category,
    String mandateReference,
    Optional<Money> lastAmount,
    Optional<LocalDate> lastCollectedOn) {

  public DirectDebit {
    Objects.requireNonNull(mandateId, "mandateId");
    Objects.requireNonNull(creditor, "creditor");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(mandateReference, "mandateReference");
    Objects.requireNonNull(lastAmount, "lastAmount");
    Objects.requireNonNull(lastCollectedOn, "lastCollectedOn");
  }
}
