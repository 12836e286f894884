package io.tellerline.conversation.application;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Rhythm;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a customer authorises with a payment-like action (a transfer, a standing order, a new
 * payee), as the server computed it from the action's kept parameters: the amount (none for a new
 * payee), the payee's name and the last four characters of its IBAN, the execution date, and for a
 * standing order its rhythm. The step-up for it is bound to exactly these (PSD2 RTS Art. 5; see
 * {@link PaymentBinding}).
 */
public record PaymentOrder(
    Optional<Money> amount,
    String payeeName,
    String payeeIbanLast4,
    Optional<LocalDate> executionDate,
    Optional<Rhythm> rhythm) {

  /** A single payment or a new payee: no rhythm. */
  public PaymentOrder(
      Optional<Money> amount,
      String payeeName,
      String payeeIbanLast4,
      Optional<LocalDate> executionDate) {
    this(amount, payeeName, payeeIbanLast4, executionDate, Optional.empty());
  }

  public PaymentOrder {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(payeeName, "payeeName");
    Objects.requireNonNull(payeeIbanLast4, "payeeIbanLast4");
    Objects.requireNonNull(executionDate, "executionDate");
    Objects.requireNonNull(rhythm, "rhythm");
  }
}
