package io.tellerline.banking.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** What a customer may see of one account in a chat: never the full IBAN, only its last four. */
public record AccountSummary(UUID accountId, String productName, String ibanLast4, Money balance)
    implements Serializable {

  public AccountSummary {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(balance, "balance");
    if (ibanLast4 == null || ibanLast4.length() != 4) {
      throw new IllegalArgumentException("ibanLast4 must be four characters");
    }
  }
}
