package io.tellerline.insight.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.tellerline.kernel.InvalidInputException;
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
import org.junit.jupiter.api.Test;

class InsightServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");
  private static final CustomerId ALICE = new CustomerId(UUID.randomUUID());
  private static final Insight RISE =
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

  private final Caller alice =
      new Caller(
          "sub-alice", "alice", Set.of("customer"), "password", List.of("pwd"), Optional.of(NOW));
  private final List<AuditEvent> events = new ArrayList<>();
  private final InMemoryConsents consents = new InMemoryConsents();
  private final Set<String> dismissed = new HashSet<>();
  private final InsightService service = new InsightService();

  InsightServiceTest() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CurrentInsights current = new CurrentInsights();
    current.consents = consents;
    current.finder =
        new InsightFinder() {
          @Override
          public List<Insight> insightsOf(CustomerId customer) {
            return customer.equals(ALICE) ? List.of(RISE) : List.of();
          }
        };
    current.dismissals = dismissals();
    service.insights = current;
    service.dismissals = current.dismissals;
    service.customers = directory();
    service.audit = RecordingAudit.into(events, clock, alice);
    service.clock = clock;
  }

  @Test
  void nothingWithoutConsentNorAfterWithdrawal() {
    assertEquals(List.of(), service.current(alice, Optional.empty()));
    consent(true);
    assertEquals(1, service.current(alice, Optional.empty()).size());
    consent(false);
    assertEquals(List.of(), service.current(alice, Optional.empty()));
    assertThrows(InvalidInputException.class, () -> service.dismiss(alice, RISE.id(), "USEFUL"));
    assertEquals(1, events.size(), "only the one insight shown is audited");
  }

  @Test
  void shownInHerLanguageAuditedWithItsRuleAndGoneOnceDismissed() {
    consent(true);
    ShownInsight shown = service.current(alice, Optional.of(Locale.GERMAN)).get(0);
    assertEquals("price-rise/1", shown.rule());
    assertTrue(shown.text().startsWith("Spotify hat am 2. Dezember 12,99"), shown.text());
    AuditEvent event = events.get(0);
    assertEquals("INSIGHT_SHOWN", event.type());
    assertTrue(event.payload().contains("\"rule\":\"price-rise/1\""), event.payload());
    assertFalse(event.payload().contains("Spotify") || event.payload().contains("12.99"));

    assertThrows(InvalidInputException.class, () -> service.dismiss(alice, RISE.id(), "MAYBE"));
    assertThrows(
        InvalidInputException.class, () -> service.dismiss(alice, "0000000000000000", "WRONG"));
    service.dismiss(alice, RISE.id(), "NOT_USEFUL");
    assertEquals(List.of(), service.current(alice, Optional.empty()));
    AuditEvent dismissal = events.get(events.size() - 1);
    assertEquals("INSIGHT_DISMISSED", dismissal.type());
    assertTrue(dismissal.payload().contains("\"feedback\":\"NOT_USEFUL\""), dismissal.payload());
  }

  private void consent(boolean granted) {
    consents.append(
        new ConsentRecord(
            ALICE, ConsentPurpose.PERSONAL_INSIGHTS, granted, "0123456789abcdef", NOW));
  }

  private InsightDismissals dismissals() {
    return new InsightDismissals() {
      @Override
      public void dismiss(
          CustomerId customer, Insight insight, InsightFeedback feedback, Instant at) {
        dismissed.add(insight.id());
      }

      @Override
      public Set<String> dismissedBy(CustomerId customer) {
        return Set.copyOf(dismissed);
      }

      @Override
      public List<Dismissal> dismissalsOf(CustomerId customer) {
        return List.of();
      }
    };
  }

  private static CustomerDirectory directory() {
    return new CustomerDirectory() {
      @Override
      public Optional<CustomerProfile> findByIdentitySubject(String subject) {
        return "sub-alice".equals(subject)
            ? Optional.of(new CustomerProfile(ALICE, Locale.ENGLISH))
            : Optional.empty();
      }

      @Override
      public Optional<String> identitySubjectOf(CustomerId customer) {
        return Optional.empty();
      }
    };
  }
}
