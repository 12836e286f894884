package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.CustomerId;
import io.tellerline.privacy.domain.PiiMarks;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final CustomerId alice = new CustomerId(UUID.randomUUID());

  @Test
  void numbersMessagesAndMarksAutomatedOnes() {
    Conversation conversation = Conversation.start(alice, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
    conversation.replyAutomatically("Hello, I am an automated assistant.", NOW);
    Message question =
        conversation.receiveFromCustomer(
            "what is my balance",
            PiiMarks.NONE,
            new IntentDecision("account_balance", 0.91),
            NOW.plusSeconds(5));

    assertEquals(2, question.sequence());
    assertFalse(question.automated());
    assertTrue(conversation.messages().get(0).automated());
    assertEquals(NOW.plusSeconds(5), conversation.lastActivityAt());
    assertEquals("account_balance", question.intentDecision().orElseThrow().intent());
  }

  @Test
  void belongsOnlyToItsCustomer() {
    Conversation conversation = Conversation.start(alice, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
    assertTrue(conversation.belongsTo(alice));
    assertFalse(conversation.belongsTo(new CustomerId(UUID.randomUUID())));
  }

  @Test
  void handOverQueuesForStaff() {
    Conversation conversation = Conversation.start(alice, Channel.WEB_CHAT, Locale.GERMAN, NOW);
    conversation.handOverToStaff();
    assertEquals(ConversationStatus.WAITING_FOR_STAFF, conversation.status());
    assertEquals("de", conversation.language().getLanguage());
  }

  @Test
  void rejectsEmptyOrOversizedMessages() {
    Conversation conversation = Conversation.start(alice, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
    assertThrows(IllegalArgumentException.class, () -> conversation.replyAutomatically("   ", NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> conversation.replyAutomatically("x".repeat(Message.MAX_LENGTH + 1), NOW));
  }

  @Test
  void rejectsConfidenceOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> new IntentDecision("greeting", 1.5));
  }
}
