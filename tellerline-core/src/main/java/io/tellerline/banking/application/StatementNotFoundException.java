package io.tellerline.banking.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/**
 * No statement of this account and month for the caller: raised alike for "no such account" and
 * "someone else's account", so other customers' account ids cannot be probed.
 */
public class StatementNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public StatementNotFoundException() {
    super(FailureKind.NOT_FOUND, "statement-not-found", "banking.statement_not_found");
  }
}
