package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.ConversationStateException;
import io.tellerline.identity.application.StaffAccess;
import io.tellerline.identity.domain.StaffResource;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Fake;
import io.tellerline.kernel.InvalidInputException;
import jakarta.ejb.SessionContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The staff services' business failures: checked before anything is read, stored or audited. */
class StaffFailuresTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
  private final Conversation waiting =
      Conversation.start(new CustomerId(UUID.randomUUID()), Channel.WEB_CHAT, Locale.ENGLISH, NOW);

  @Test
  void aReplyOutsideTheLimitIsRefusedNamingTheField() {
    StaffConversationService service = new StaffConversationService();

    for (String text : new String[] {null, "  ", "x".repeat(2001)}) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> service.reply(UUID.randomUUID(), text));
      assertEquals(List.of("reply"), refused.fields());
    }
  }

  @Test
  void anUnknownConversationIsNotFound() {
    StaffConversationService service = staffConversations();

    assertThrows(ConversationNotFoundException.class, () -> service.claim(UUID.randomUUID()));
  }

  @Test
  void resolvingAConversationNobodyClaimedIsAConflict() {
    StaffConversationService service = staffConversations();

    ConversationStateException refused =
        assertThrows(ConversationStateException.class, () -> service.resolve(waiting.id()));
    assertEquals("conversation.claim_first", refused.messageKey());
  }

  @Test
  void notesAndCorrectionsOutsideTheRulesAreInvalidInput() {
    StaffAnnotationService annotations = new StaffAnnotationService();

    InvalidInputException emptyNote =
        assertThrows(InvalidInputException.class, () -> annotations.addNote(waiting.id(), " "));
    assertEquals(List.of("note"), emptyNote.fields());
    InvalidInputException unknownIntent =
        assertThrows(
            InvalidInputException.class,
            () -> annotations.correctIntent(waiting.id(), UUID.randomUUID(), "no_such_intent"));
    assertEquals(List.of("intent"), unknownIntent.fields());
  }

  @Test
  void aCustomerMessageOrCommentOutsideTheLimitIsRefusedBeforeAnythingIsRead() {
    ConversationService conversations = new ConversationService();

    InvalidInputException message =
        assertThrows(
            InvalidInputException.class,
            () -> conversations.post(null, UUID.randomUUID(), "x".repeat(2001)));
    assertEquals(List.of("text"), message.fields());
    InvalidInputException comment =
        assertThrows(
            InvalidInputException.class,
            () -> conversations.rate(null, UUID.randomUUID(), 5, "x".repeat(501)));
    assertEquals(List.of("comment"), comment.fields());
  }

  private StaffConversationService staffConversations() {
    StaffConversationService service = new StaffConversationService();
    service.lookup = new StaffLookup();
    service.lookup.access =
        new StaffAccess() {
          @Override
          public void toConversation(StaffResource resource, UUID conversation) {}
        };
    service.lookup.conversations =
        Fake.of(
            ConversationRepository.class,
            Map.of(
                "find",
                arguments ->
                    arguments[0].equals(waiting.id()) ? Optional.of(waiting) : Optional.empty()));
    Principal tessa = () -> "tessa";
    service.session = Fake.of(SessionContext.class, Map.of("getCallerPrincipal", a -> tessa));
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return service;
  }
}
