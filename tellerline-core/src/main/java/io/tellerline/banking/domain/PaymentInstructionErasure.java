package io.tellerline.banking.domain;

import io.tellerline.kernel.CustomerId;

/** Port to the core-banking system's saved payees and transfers, for erasure. */
public interface PaymentInstructionErasure {

  /**
   * Erasure of the customer's personal data (GDPR art. 17): masks the names and IBANs of her saved
   * payees (kept, masked, because standing orders refer to them), deletes her scheduled transfers
   * and cancels her standing orders to those payees, masking their references. Repeating it changes
   * nothing more.
   */
  ErasedInstructions eraseAllOf(CustomerId customer);
}
