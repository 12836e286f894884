package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.FailureKind;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.privacy.domain.PiiMarks;
import java.time.Instant;
import java.util.List;
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
  void handOverQueuesForStaffOnceWithTheFirstReason() {
    Conversation conversation = Conversation.start(alice, Channel.WEB_CHAT, Locale.GERMAN, NOW);
    assertTrue(conversation.handOverToStaff(EscalationReason.CUSTOMER_ASKED, NOW));
    assertFalse(conversation.handOverToStaff(EscalationReason.FRUSTRATION, NOW.plusSeconds(1)));
    assertEquals(ConversationStatus.WAITING_FOR_STAFF, conversation.status());
    assertEquals(EscalationReason.CUSTOMER_ASKED, conversation.escalationReason().orElseThrow());
    assertEquals(NOW, conversation.waitingSince().orElseThrow());
  }

  @Test
  void twoMisunderstandingsInARowEscalate() {
    Conversation conversation = Conversation.start(alice, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
    assertFalse(conversation.misunderstood());
    conversation.understood();
    assertFalse(conversation.misunderstood());
    assertTrue(conversation.misunderstood());
  }

  @Test
  void oneMemberOfStaffServesAtATime() {
    Conversation conversation = Conversation.start(alice, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
    assertThrows(ConversationStateException.class, () -> conversation.claim("tessa", NOW));
    conversation.handOverToStaff(EscalationReason.CUSTOMER_ASKED, NOW);
    assertThrows(
        ConversationStateException.class,
        () -> conversation.replyAsStaff("tessa", "hello", PiiMarks.NONE, NOW));
    conversation.claim("tessa", NOW);
    conversation.claim("tessa", NOW);
    assertThrows(ConversationStateException.class, () -> conversation.claim("sam", NOW));
    assertThrows(
        ConversationStateException.class,
        () -> conversation.replyAsStaff("sam", "hello", PiiMarks.NONE, NOW));
    Message reply = conversation.replyAsStaff("tessa", "How can I help?", PiiMarks.NONE, NOW);
    assertEquals(Author.STAFF, reply.author());
    assertFalse(reply.automated());
    assertEquals("tessa", conversation.assignee().orElseThrow());
  }

  @Test
  void handBackReturnsTheCustomerToTheAssistant() {
    Conversation conversation = Conversation.start(alice, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
    conversation.handOverToStaff(EscalationReason.LOW_CONFIDENCE, NOW);
    conversation.claim("tessa", NOW);
    Message notice = conversation.handBackToAssistant("tessa", "You are with the assistant.", NOW);
    assertTrue(notice.automated());
    assertEquals(ConversationStatus.WITH_ASSISTANT, conversation.status());
    assertTrue(conversation.assignee().isEmpty());
    assertTrue(conversation.waitingSince().isEmpty());
    assertTrue(conversation.handOverToStaff(EscalationReason.CUSTOMER_ASKED, NOW));
  }

  @Test
  void aClosedConversationIsRatedOnce() {
    Conversation conversation = Conversation.start(alice, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
    assertThrows(ConversationStateException.class, () -> conversation.rate(5, null, NOW));
    conversation.close("Thank you.", NOW);
    InvalidInputException outOfRange =
        assertThrows(InvalidInputException.class, () -> conversation.rate(6, null, NOW));
    assertEquals(List.of("score"), outOfRange.fields());
    assertEquals("The rating must be 1 to 5.", outOfRange.message(Locale.ENGLISH));
    conversation.rate(4, "quick", NOW);
    assertEquals(4, conversation.satisfactionScore().orElseThrow());
    ConversationStateException rated =
        assertThrows(ConversationStateException.class, () -> conversation.rate(5, null, NOW));
    assertEquals(FailureKind.CONFLICT, rated.kind());
    assertEquals(
        "Dieses Gespräch wurde bereits bewertet.", rated.message(Locale.GERMAN), "in German");
    assertThrows(
        ConversationClosedException.class,
        () -> conversation.receiveFromCustomer("hi", PiiMarks.NONE, null, NOW));
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
