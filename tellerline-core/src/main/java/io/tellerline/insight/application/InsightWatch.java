package io.tellerline.insight.application;

import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.insight.domain.Insight;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the chat's event stream needs to tell a customer that an insight has arrived: who she is
 * (from the subject of the request that opened the stream) and the ids of her insights now. Only
 * ids leave here; the page fetches the insights themselves through her own request (audited there).
 */
@ApplicationScoped
public class InsightWatch {

  @Inject CustomerDirectory customers;
  @Inject CurrentInsights insights;

  public Optional<CustomerId> customerOf(String identitySubject) {
    return customers.findByIdentitySubject(identitySubject).map(CustomerProfile::id);
  }

  /**
   * Runs in its own transaction: the push checks on a scheduler thread, where a container-managed
   * entity manager outside a transaction is closed ("closed EntityManager", seen in the suite).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Set<String> idsOf(CustomerId customer) {
    return insights.of(customer).stream().map(Insight::id).collect(Collectors.toUnmodifiableSet());
  }
}
