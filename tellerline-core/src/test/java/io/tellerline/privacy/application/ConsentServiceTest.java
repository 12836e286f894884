package io.tellerline.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.application.RecordingAudit;
import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.banking.application.NotACustomerException;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.privacy.domain.ConsentPurpose;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");
  private static final CustomerId CHLOE = new CustomerId(UUID.randomUUID());

  private final Caller chloe =
      new Caller(
          "sub-chloe", "chloe", Set.of("customer"), "password", List.of("pwd"), Optional.of(NOW));
  private final List<AuditEvent> events = new ArrayList<>();
  private final InMemoryConsents consents = new InMemoryConsents();
  private final ConsentService service = new ConsentService();
  private final String version = PrivacyNotice.bundled().version();

  ConsentServiceTest() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    service.consents = consents;
    service.clock = clock;
    service.audit = RecordingAudit.into(events, clock, chloe);
    service.customers = directory();
  }

  @Test
  void everyPurposeIsOffUntilTheCustomerTurnsItOn() {
    ConsentOverview overview = service.overview(chloe);

    assertEquals(version, overview.noticeVersion());
    assertEquals(ConsentPurpose.values().length, overview.purposes().size());
    ConsentOverview.PurposeState improve = overview.purposes().get(0);
    assertEquals("improve-assistant", improve.purpose());
    assertFalse(improve.granted());
    assertNull(improve.textVersion());
    assertTrue(overview.history().isEmpty());
  }

  @Test
  void givingAndWithdrawingIsRecordedWithTheNoticeVersionAndAudited() {
    service.change(chloe, "improve-assistant", true, version);
    ConsentOverview after = service.change(chloe, "improve-assistant", false, version);

    assertFalse(after.purposes().get(0).granted(), "the latest change is the current state");
    assertEquals(2, after.history().size());
    assertTrue(after.history().get(0).granted());
    assertEquals(version, after.history().get(0).textVersion());
    assertEquals(NOW, after.history().get(1).at());
    assertEquals(2, events.size());
    AuditEvent withdrawn = events.get(1);
    assertEquals("CONSENT_CHANGED", withdrawn.type());
    assertEquals("customer:sub-chloe", withdrawn.actor());
    assertTrue(withdrawn.payload().contains("\"granted\":false"), withdrawn.payload());
    assertTrue(withdrawn.payload().contains("\"textVersion\":\"" + version + "\""));
    assertTrue(withdrawn.payload().contains(CHLOE.toString()), withdrawn.payload());
    assertEquals(Set.of(), consents.consenting(ConsentPurpose.IMPROVE_ASSISTANT, Set.of(CHLOE)));
  }

  @Test
  void anUnknownPurposeIsRefusedAndNothingIsRecorded() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> service.change(chloe, "sell-my-data", true, version));

    assertEquals(List.of("purpose"), refused.fields());
    assertTrue(consents.historyOf(CHLOE).isEmpty());
    assertTrue(events.isEmpty());
  }

  @Test
  void aConsentUnderAnOlderNoticeIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> service.change(chloe, "improve-assistant", true, "0000000000000000"));

    assertEquals(List.of("textVersion"), refused.fields());
    assertTrue(consents.historyOf(CHLOE).isEmpty());
  }

  @Test
  void someoneWhoIsNotACustomerHasNoConsents() {
    Caller stranger =
        new Caller("sub-x", "x", Set.of("customer"), "password", List.of(), Optional.of(NOW));

    assertThrows(NotACustomerException.class, () -> service.overview(stranger));
  }

  private static CustomerDirectory directory() {
    return new CustomerDirectory() {
      @Override
      public Optional<CustomerProfile> findByIdentitySubject(String subject) {
        return "sub-chloe".equals(subject)
            ? Optional.of(new CustomerProfile(CHLOE, Locale.ENGLISH))
            : Optional.empty();
      }

      @Override
      public Optional<String> identitySubjectOf(CustomerId customer) {
        return Optional.empty();
      }
    };
  }
}
