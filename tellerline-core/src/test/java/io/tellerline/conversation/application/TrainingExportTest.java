package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.application.RecordingAudit;
import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationNote;
import io.tellerline.conversation.domain.CustomersCorrection;
import io.tellerline.conversation.domain.IntentCorrection;
import io.tellerline.conversation.domain.IntentDecision;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.StaffRecords;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.InMemoryConsents;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.ConsentRecord;
import io.tellerline.privacy.domain.PiiMarks;
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

/**
 * The training export takes only corrections of customers who consent to improving the assistant.
 */
class TrainingExportTest {

  private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");
  private final CustomerId agreed = new CustomerId(UUID.randomUUID());
  private final CustomerId silent = new CustomerId(UUID.randomUUID());
  private final CustomerId withdrew = new CustomerId(UUID.randomUUID());
  private final List<CustomersCorrection> corrections = new ArrayList<>();
  private final InMemoryConsents consents = new InMemoryConsents();
  private final List<AuditEvent> events = new ArrayList<>();
  private final StaffAnnotationService service = new StaffAnnotationService();

  TrainingExportTest() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    service.records = records();
    service.consents = consents;
    service.audit =
        RecordingAudit.into(
            events,
            clock,
            new Caller("sub-sam", "sam", Set.of("supervisor"), "mfa", List.of(), Optional.of(NOW)));
    correction(agreed, "I want to close my account");
    correction(silent, "what about the weather");
    correction(withdrew, "my card is stuck");
    consents.append(consent(agreed, true));
    consents.append(consent(withdrew, true));
    consents.append(consent(withdrew, false));
  }

  @Test
  void onlyTheCorrectionsOfConsentingCustomersAreExportedAndTheRestCounted() {
    TrainingExport export = service.trainingRows();

    assertEquals(
        List.of("I want to close my account"),
        export.rows().stream().map(IntentCorrection::maskedText).toList());
    assertEquals(2, export.leftOutWithoutConsent(), "no consent, and consent withdrawn");
    String recorded = events.get(0).payload();
    assertTrue(recorded.contains("\"rows\":1"), recorded);
    assertTrue(recorded.contains("\"leftOut\":2"), recorded);
    assertTrue(recorded.contains("\"leftOutReason\":\"no-consent:improve-assistant\""), recorded);
  }

  @Test
  void aCustomerWhoConsentsLaterIsIncludedFromThenOn() {
    consents.append(consent(silent, true));

    TrainingExport export = service.trainingPreview();

    assertEquals(2, export.rows().size());
    assertEquals(1, export.leftOutWithoutConsent());
    assertTrue(events.isEmpty(), "a preview exports nothing, so records nothing");
  }

  private void correction(CustomerId customer, String text) {
    Conversation conversation = Conversation.start(customer, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
    Message message =
        conversation.receiveFromCustomer(
            text, PiiMarks.NONE, new IntentDecision("greeting", 0.4), NOW);
    corrections.add(
        new CustomersCorrection(
            new IntentCorrection(conversation, message, "oos", "tessa", NOW), customer));
  }

  private static ConsentRecord consent(CustomerId customer, boolean granted) {
    return new ConsentRecord(
        customer, ConsentPurpose.IMPROVE_ASSISTANT, granted, "0123456789abcdef", NOW);
  }

  private StaffRecords records() {
    return new StaffRecords() {
      @Override
      public void add(ConversationNote note) {}

      @Override
      public List<ConversationNote> notesOf(UUID conversationId) {
        return List.of();
      }

      @Override
      public void add(IntentCorrection correction) {}

      @Override
      public Optional<IntentCorrection> correctionOf(UUID messageId) {
        return Optional.empty();
      }

      @Override
      public List<CustomersCorrection> corrections() {
        return corrections;
      }
    };
  }
}
