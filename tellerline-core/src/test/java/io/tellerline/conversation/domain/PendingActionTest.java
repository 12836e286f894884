package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingActionTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private final CustomerId alice = new CustomerId(UUID.randomUUID());
  private final Conversation conversation =
      Conversation.start(alice, Channel.WEB_CHAT, Locale.ENGLISH, NOW);
  private final PendingAction action =
      PendingAction.awaitStepUp(
          conversation, "card_block", Map.of("card_hints", "4242"), NOW, Duration.ofMinutes(10));

  @Test
  void belongsOnlyToItsCustomersConversation() {
    assertTrue(action.belongsTo(alice, conversation.id()));
    assertFalse(action.belongsTo(new CustomerId(UUID.randomUUID()), conversation.id()));
    assertFalse(action.belongsTo(alice, UUID.randomUUID()));
  }

  @Test
  void runsOnlyOnce() {
    assertTrue(action.stillRunnable(NOW.plusSeconds(60)));
    UUID result = UUID.randomUUID();
    action.complete(result, NOW.plusSeconds(60));
    assertEquals(PendingActionStatus.COMPLETED, action.status());
    assertEquals(result, action.resultMessageId().orElseThrow());
    assertFalse(action.stillRunnable(NOW.plusSeconds(61)));
    assertThrows(IllegalStateException.class, () -> action.complete(UUID.randomUUID(), NOW));
  }

  @Test
  void expiresAfterItsTimeToLive() {
    assertTrue(action.stillRunnable(NOW.plus(Duration.ofMinutes(10)).minusMillis(1)));
    assertFalse(action.stillRunnable(NOW.plus(Duration.ofMinutes(10))));
    assertEquals(PendingActionStatus.EXPIRED, action.status());
    assertThrows(IllegalStateException.class, () -> action.complete(UUID.randomUUID(), NOW));
  }

  @Test
  void keepsWhatWasAsked() {
    assertEquals("card_block", action.intent());
    assertEquals(Map.of("card_hints", "4242"), action.parameters());
    assertEquals(NOW.plus(Duration.ofMinutes(10)), action.expiresAt());
  }
}
