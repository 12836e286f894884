package io.tellerline.insight.application;

import static io.tellerline.insight.application.InsightsFixture.SPOTIFY_PRICE_RISE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InsightServiceTest {

  private final InsightsFixture fixture = new InsightsFixture(SPOTIFY_PRICE_RISE);
  private final InsightService service = fixture.service;
  private final Caller alice = fixture.caller;
  private final List<AuditEvent> events = fixture.events;

  @Test
  void nothingWithoutConsentNorAfterWithdrawal() {
    assertEquals(List.of(), service.current(alice, Optional.empty()));
    fixture.consent(true);
    assertEquals(1, service.current(alice, Optional.empty()).size());
    fixture.consent(false);
    assertEquals(List.of(), service.current(alice, Optional.empty()));
    assertThrows(
        InvalidInputException.class,
        () -> service.dismiss(alice, SPOTIFY_PRICE_RISE.id(), "USEFUL"));
    assertEquals(1, events.size(), "only the one insight shown is audited");
  }

  @Test
  void shownInHerLanguageAuditedWithItsRuleAndGoneOnceDismissed() {
    fixture.consent(true);
    ShownInsight shown = service.current(alice, Optional.of(Locale.GERMAN)).get(0);
    assertEquals("price-rise/1", shown.rule());
    assertTrue(shown.text().startsWith("Spotify hat am 2. Dezember 12,99"), shown.text());
    AuditEvent event = events.get(0);
    assertEquals("INSIGHT_SHOWN", event.type());
    assertTrue(event.payload().contains("\"rule\":\"price-rise/1\""), event.payload());
    assertFalse(event.payload().contains("Spotify") || event.payload().contains("12.99"));

    assertThrows(
        InvalidInputException.class,
        () -> service.dismiss(alice, SPOTIFY_PRICE_RISE.id(), "MAYBE"));
    assertThrows(
        InvalidInputException.class, () -> service.dismiss(alice, "0000000000000000", "WRONG"));
    service.dismiss(alice, SPOTIFY_PRICE_RISE.id(), "NOT_USEFUL");
    assertEquals(List.of(), service.current(alice, Optional.empty()));
    AuditEvent dismissal = events.get(events.size() - 1);
    assertEquals("INSIGHT_DISMISSED", dismissal.type());
    assertTrue(dismissal.payload().contains("\"feedback\":\"NOT_USEFUL\""), dismissal.payload());
  }

  @Test
  void askedForInTheChatWithoutConsentReadsNothing() {
    assertEquals(Optional.empty(), service.askedFor(fixture.customer, Locale.ENGLISH));
    assertEquals(0, fixture.looks(), "her bookings are not read without her consent");
    assertEquals(List.of(), events);

    fixture.consent(true);
    List<ShownInsight> shown = service.askedFor(fixture.customer, Locale.ENGLISH).orElseThrow();
    assertEquals(
        "Spotify charged €12.99 on 2 Dec; the 5 months before it was €10.99.", shown.get(0).text());
    assertEquals("INSIGHT_SHOWN", events.get(0).type(), "audited as at the start");
    assertTrue(
        events.get(0).payload().contains(fixture.customer.value().toString()),
        events.get(0).payload());
  }
}
