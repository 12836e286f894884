package io.tellerline.insight.application;

import io.tellerline.audit.application.RecordingAudit;
import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.banking.domain.Money;
import io.tellerline.insight.domain.Insight;
import io.tellerline.insight.domain.InsightDismissals;
import io.tellerline.insight.domain.InsightFeedback;
import io.tellerline.insight.domain.InsightKind;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.InMemoryConsents;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.ConsentRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An {@link InsightService} for unit tests, here and in the capabilities that show insights: one
 * English-speaking customer (subject {@code sub-alice}) whose accounts hold the insights the test
 * gives, in-memory consents and dismissals, and the audit trail in {@link #events}. It counts how
 * often her bookings were read ({@link #looks}), so a test can show that nothing was read.
 */
public final class InsightsFixture {

  public static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");

  /** Spotify charged €12.99 on 2 Dec; the 5 months before it was €10.99. */
  public static final Insight SPOTIFY_PRICE_RISE =
      Insight.of(
          InsightKind.PRICE_RISE,
          "price-rise/1",
          List.of("3000", "spotify", LocalDate.of(2026, 12, 2)),
          "price-rise",
          List.of(
              "Spotify",
              Money.of("12.99", "EUR"),
              LocalDate.of(2026, 12, 2),
              5,
              Money.of("10.99", "EUR")));

  /** Zalando charged €59.95 twice on 3 Dec. */
  public static final Insight ZALANDO_TWICE =
      Insight.of(
          InsightKind.DUPLICATE_CHARGE,
          "duplicate-charge/1",
          List.of("3000", "zalando", LocalDate.of(2026, 12, 3)),
          "duplicate-charge.same-day",
          List.of(
              "Zalando",
              Money.of("59.95", "EUR"),
              LocalDate.of(2026, 12, 3),
              LocalDate.of(2026, 12, 3)));

  public final CustomerId customer = new CustomerId(UUID.randomUUID());
  public final Caller caller =
      new Caller(
          "sub-alice", "alice", Set.of("customer"), "password", List.of("pwd"), Optional.of(NOW));
  public final List<AuditEvent> events = new ArrayList<>();
  public final InsightService service = new InsightService();

  private final InMemoryConsents consents = new InMemoryConsents();
  private final Set<String> dismissed = new HashSet<>();
  private int looks;

  public InsightsFixture(Insight... found) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CurrentInsights current = new CurrentInsights();
    current.consents = consents;
    current.finder =
        new InsightFinder() {
          @Override
          public List<Insight> insightsOf(CustomerId whose) {
            looks++;
            return whose.equals(customer) ? List.of(found) : List.of();
          }
        };
    current.dismissals = dismissals();
    service.insights = current;
    service.dismissals = current.dismissals;
    service.customers = directory();
    service.audit = RecordingAudit.into(events, clock, caller);
    service.clock = clock;
  }

  /** Her consent to {@code personal-insights} given or withdrawn now. */
  public void consent(boolean granted) {
    consents.append(
        new ConsentRecord(
            customer, ConsentPurpose.PERSONAL_INSIGHTS, granted, "0123456789abcdef", NOW));
  }

  /** How often her bookings were read to find insights. */
  public int looks() {
    return looks;
  }

  private InsightDismissals dismissals() {
    return new InsightDismissals() {
      @Override
      public void dismiss(CustomerId whose, Insight insight, InsightFeedback feedback, Instant at) {
        dismissed.add(insight.id());
      }

      @Override
      public Set<String> dismissedBy(CustomerId whose) {
        return Set.copyOf(dismissed);
      }

      @Override
      public List<Dismissal> dismissalsOf(CustomerId whose) {
        return List.of();
      }
    };
  }

  private CustomerDirectory directory() {
    return new CustomerDirectory() {
      @Override
      public Optional<CustomerProfile> findByIdentitySubject(String subject) {
        return "sub-alice".equals(subject)
            ? Optional.of(new CustomerProfile(customer, Locale.ENGLISH))
            : Optional.empty();
      }

      @Override
      public Optional<String> identitySubjectOf(CustomerId whose) {
        return Optional.empty();
      }
    };
  }
}
