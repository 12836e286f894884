package io.tellerline.insight.application;

import io.tellerline.insight.domain.Insight;
import io.tellerline.insight.domain.InsightDismissals;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.Consents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * A customer's insights now: none unless her latest consent to {@code personal-insights} is given,
 * and none she dismissed. Callers have established who the customer is (her own request, or the
 * event stream she opened).
 */
@ApplicationScoped
public class CurrentInsights {

  @Inject Consents consents;
  @Inject InsightFinder finder;
  @Inject InsightDismissals dismissals;

  public List<Insight> of(CustomerId customer) {
    if (!consented(customer)) {
      return List.of();
    }
    Set<String> dismissed = dismissals.dismissedBy(customer);
    return finder.insightsOf(customer).stream().filter(i -> !dismissed.contains(i.id())).toList();
  }

  /** Whether her latest consent to {@code personal-insights} is given. */
  public boolean consented(CustomerId customer) {
    return consents
        .consenting(ConsentPurpose.PERSONAL_INSIGHTS, Set.of(customer))
        .contains(customer);
  }
}
