package io.tellerline.insight.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.application.NotACustomerException;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.insight.domain.Insight;
import io.tellerline.insight.domain.InsightDismissals;
import io.tellerline.insight.domain.InsightFeedback;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in customer's insights: none unless her latest consent to {@code personal-insights} is
 * given; those she dismissed are not shown again. Every insight shown is an audited decision
 * ({@code INSIGHT_SHOWN}) naming its rule and version; a dismissal records her feedback.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER)
public class InsightService {

  @Inject CustomerDirectory customers;
  @Inject CurrentInsights insights;
  @Inject InsightDismissals dismissals;
  @Inject Audit audit;
  @Inject Clock clock;

  /** Her current insights in {@code language} (else her preferred language). */
  public List<ShownInsight> current(Caller caller, Optional<Locale> language) {
    CustomerProfile customer = customerOf(caller);
    return shown(customer.id(), language.orElse(customer.preferredLanguage()));
  }

  /**
   * Her current insights in {@code language}, shown and audited exactly as {@link #current}, for
   * the assistant answering her own question in the chat ({@code customer} is the caller's own).
   *
   * @return empty when she has not consented to {@code personal-insights}: nothing is read then
   */
  public Optional<List<ShownInsight>> askedFor(CustomerId customer, Locale language) {
    if (!insights.consented(customer)) {
      return Optional.empty();
    }
    return Optional.of(shown(customer, language));
  }

  private List<ShownInsight> shown(CustomerId customer, Locale chosen) {
    List<ShownInsight> shown =
        undismissed(customer).stream()
            .map(
                insight ->
                    new ShownInsight(
                        insight.id(),
                        insight.kind().name(),
                        insight.ruleVersion(),
                        InsightTexts.languageFor(chosen),
                        InsightTexts.reason(insight, chosen)))
            .toList();
    for (ShownInsight insight : shown) {
      audit
          .assistantDecision(AuditEventType.INSIGHT_SHOWN)
          .with("customer", customer.value().toString())
          .with("insightId", insight.id())
          .with("kind", insight.kind())
          .with("rule", insight.rule())
          .with("language", insight.language())
          .record();
    }
    return shown;
  }

  /**
   * Dismisses one of her current insights with her feedback.
   *
   * @throws InvalidInputException when she has no such insight now (none without consent)
   */
  public void dismiss(Caller caller, String insightId, String feedback) {
    InsightFeedback said = feedbackOf(feedback);
    CustomerId customer = customerOf(caller).id();
    Insight insight =
        undismissed(customer).stream()
            .filter(i -> i.id().equals(insightId))
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("insight", "insight.unknown"));
    dismissals.dismiss(customer, insight, said, clock.instant());
    audit
        .customerAction(AuditEventType.INSIGHT_DISMISSED)
        .with("customer", customer.value().toString())
        .with("insightId", insight.id())
        .with("kind", insight.kind().name())
        .with("rule", insight.ruleVersion())
        .with("feedback", said.name())
        .record();
  }

  private List<Insight> undismissed(CustomerId customer) {
    return insights.of(customer);
  }

  private static InsightFeedback feedbackOf(String feedback) {
    for (InsightFeedback known : InsightFeedback.values()) {
      if (known.name().equals(feedback)) {
        return known;
      }
    }
    throw new InvalidInputException("feedback", "insight.feedback_unknown");
  }

  private CustomerProfile customerOf(Caller caller) {
    return customers
        .findByIdentitySubject(caller.subject())
        .orElseThrow(NotACustomerException::new);
  }
}
