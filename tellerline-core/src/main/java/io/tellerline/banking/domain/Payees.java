package io.tellerline.banking.domain;

import io.tellerline.kernel.CustomerId;
import java.util.UUID;

/**
 * Port to the core-banking system's saved payees, for adding one ({@link CoreBanking#payeesOf}
 * lists them). Scoped to one customer; callers enforce step-up first.
 */
public interface Payees {

  /**
   * Saves a payee for the customer, at once usable for transfers. Idempotent by the payee's id,
   * which the caller chooses.
   */
  PayeeOutcome add(CustomerId customer, UUID payeeId, PayeeName name, Iban iban);
}
