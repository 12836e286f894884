package io.tellerline.recommendation.application;

import io.tellerline.banking.application.BookingHistory;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.BankCalendar;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.Consents;
import io.tellerline.recommendation.domain.CustomerFacts;
import io.tellerline.recommendation.domain.CustomerTenure;
import io.tellerline.recommendation.domain.ProductRule;
import io.tellerline.recommendation.domain.ProductRules;
import io.tellerline.recommendation.domain.Recommendation;
import io.tellerline.recommendation.domain.RecommendationOffers;
import io.tellerline.recommendation.domain.RecommendationRule;
import io.tellerline.recommendation.domain.RecommendationRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A customer's recommendations now: none unless her latest consent to {@code product-offers} is
 * given; only products whose rules (held as data, with a published article) admit her; none she has
 * decided on. Callers have established who the customer is.
 */
@ApplicationScoped
public class RecommendationFinder {

  static final int HISTORY_DAYS = 90;

  @Inject Consents consents;
  @Inject CoreBanking bank;
  @Inject BookingHistory history;
  @Inject BankCalendar calendar;
  @Inject ProductRules products;
  @Inject CustomerTenure tenure;
  @Inject RecommendationOffers offers;

  public List<Recommendation> of(CustomerId customer) {
    if (!consents.consenting(ConsentPurpose.PRODUCT_OFFERS, Set.of(customer)).contains(customer)) {
      return List.of();
    }
    Map<String, ProductRule> rules = products.published();
    Set<String> decided = offers.decidedBy(customer);
    LocalDate today = calendar.today();
    CustomerFacts facts =
        new CustomerFacts(
            today,
            tenure.since(customer),
            bank.accountsOf(customer),
            history.lastDays(customer, today, HISTORY_DAYS));
    List<Recommendation> found = new ArrayList<>();
    for (RecommendationRule rule : RecommendationRules.all()) {
      ProductRule product = rules.get(rule.productCode());
      if (product != null && !decided.contains(product.code()) && product.admits(facts)) {
        rule.evaluate(facts, product).ifPresent(found::add);
      }
    }
    return found;
  }
}
