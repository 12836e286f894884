package io.tellerline.banking.domain;

import java.util.Objects;

/**
 * An account's full IBAN. Disclosing it is a sensitive action (authentication policy: {@code
 * account_details}); everywhere else only {@link AccountSummary#ibanLast4()} is shown.
 */
public record AccountNumber(String productName, String iban) {

  public AccountNumber {
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(iban, "iban");
  }

  /** The IBAN in groups of four, as printed on statements. */
  public String ibanForDisplay() {
    return iban.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
