package io.tellerline.banking.domain;

import java.util.List;

/**
 * Port to the bank's core-banking system. Tellerline ships a demo adapter on its own database; a
 * bank plugs in an adapter to its real core system here.
 */
public interface CoreBanking {

  /** The customer's accounts with current balances, in a stable order. */
  List<AccountSummary> accountsOf(CustomerId customer);
}
