package io.tellerline.privacy.domain;

import io.tellerline.kernel.CustomerId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The append-only register of consent changes (table {@code customer_consent}). */
public interface Consents {

  void append(ConsentRecord change);

  /** Every change of the customer's consents, oldest first. */
  List<ConsentRecord> historyOf(CustomerId customer);

  /** Those of the customers whose latest change for the purpose gave consent. */
  Set<CustomerId> consenting(ConsentPurpose purpose, Collection<CustomerId> customers);
}
