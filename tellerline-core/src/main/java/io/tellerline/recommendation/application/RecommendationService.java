package io.tellerline.recommendation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.application.NotACustomerException;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.insight.application.InsightTexts;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.recommendation.domain.Decision;
import io.tellerline.recommendation.domain.ProductRules;
import io.tellerline.recommendation.domain.Recommendation;
import io.tellerline.recommendation.domain.RecommendationOffers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in customer's recommendations and her decisions on them. Every recommendation shown is
 * an audited decision ({@code RECOMMENDATION_OFFERED}) naming its rule and version and is recorded
 * as offered; her accept or decline is stored and ends the offer for good.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER)
public class RecommendationService {

  @Inject CustomerDirectory customers;
  @Inject RecommendationFinder finder;
  @Inject RecommendationOffers offers;
  @Inject ProductRules products;
  @Inject Audit audit;
  @Inject Clock clock;

  /** Her current recommendations in {@code language} (else her preferred language). */
  public List<ShownRecommendation> current(Caller caller, Optional<Locale> language) {
    CustomerProfile customer = customerOf(caller);
    String chosen = InsightTexts.languageFor(language.orElse(customer.preferredLanguage()));
    List<ShownRecommendation> shown = new ArrayList<>();
    for (Recommendation found : finder.of(customer.id())) {
      offers.offered(customer.id(), found, clock.instant());
      audit
          .assistantDecision(AuditEventType.RECOMMENDATION_OFFERED)
          .with("customer", customer.id().value().toString())
          .with("product", found.productCode())
          .with("rule", found.ruleVersion())
          .with("language", chosen)
          .record();
      shown.add(
          new ShownRecommendation(
              found.productCode(),
              found.ruleVersion(),
              chosen,
              RecommendationTexts.reason(found, chosen),
              products.published().get(found.productCode()).articleSlug()));
    }
    return shown;
  }

  /**
   * Records her decision on one of her current recommendations.
   *
   * @throws InvalidInputException when she has no such recommendation now
   */
  public void decide(Caller caller, String productCode, String decision) {
    Decision said = decisionOf(decision);
    CustomerId customer = customerOf(caller).id();
    Recommendation recommendation =
        finder.of(customer).stream()
            .filter(r -> r.productCode().equals(productCode))
            .findFirst()
            .orElseThrow(
                () -> new InvalidInputException("recommendation", "recommendation.unknown"));
    offers.offered(customer, recommendation, clock.instant());
    offers.decided(customer, productCode, said, clock.instant());
    audit
        .customerAction(AuditEventType.RECOMMENDATION_DECIDED)
        .with("customer", customer.value().toString())
        .with("product", productCode)
        .with("rule", recommendation.ruleVersion())
        .with("decision", said.name())
        .record();
  }

  private static Decision decisionOf(String decision) {
    for (Decision known : Decision.values()) {
      if (known.name().equals(decision)) {
        return known;
      }
    }
    throw new InvalidInputException("decision", "recommendation.decision_unknown");
  }

  private CustomerProfile customerOf(Caller caller) {
    return customers
        .findByIdentitySubject(caller.subject())
        .orElseThrow(NotACustomerException::new);
  }
}
