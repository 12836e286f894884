package io.tellerline.banking.application;

import jakarta.ejb.ApplicationException;

/**
 * No statement of this account and month for the caller: raised alike for "no such account" and
 * "someone else's account", so other customers' account ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class StatementNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StatementNotFoundException() {
    super("There is no such statement.");
  }
}
