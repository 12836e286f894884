package io.tellerline.privacy.application;

import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.ConsentRecord;
import io.tellerline.privacy.domain.Consents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The consent register in memory, append-only like the table. */
public final class InMemoryConsents implements Consents {

  private final List<ConsentRecord> rows = new ArrayList<>();

  @Override
  public void append(ConsentRecord change) {
    rows.add(change);
  }

  @Override
  public List<ConsentRecord> historyOf(CustomerId customer) {
    return rows.stream().filter(r -> r.customer().equals(customer)).toList();
  }

  @Override
  public Set<CustomerId> consenting(ConsentPurpose purpose, Collection<CustomerId> customers) {
    Set<CustomerId> consenting = new HashSet<>();
    for (CustomerId customer : customers) {
      historyOf(customer).stream()
          .filter(r -> r.purpose() == purpose)
          .reduce((first, second) -> second)
          .filter(ConsentRecord::granted)
          .ifPresent(r -> consenting.add(customer));
    }
    return consenting;
  }
}
