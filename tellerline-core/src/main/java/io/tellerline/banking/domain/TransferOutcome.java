package io.tellerline.banking.domain;

import java.util.Optional;

/**
 * What came of a transfer: executed (with the new balance), scheduled for a later date, or refused
 * (no such payee, not enough money, no account in the currency).
 */
public record TransferOutcome(Status status, Optional<Money> newBalance) {

  public enum Status {
    EXECUTED,
    SCHEDULED,
    INSUFFICIENT_FUNDS,
    NO_SUCH_PAYEE,
    NO_ACCOUNT
  }

  public static TransferOutcome of(Status status) {
    return new TransferOutcome(status, Optional.empty());
  }
}
