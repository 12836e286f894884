package io.tellerline.staffassist.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.EscalationReason;
import io.tellerline.conversation.domain.IntentDecision;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.PiiMark;
import io.tellerline.privacy.domain.PiiMarks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandoverSummarizerTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final String TOKEN = "DE89 3704 0044 0532 0130 00";

  private final Conversation conversation =
      Conversation.start(new CustomerId(UUID.randomUUID()), Channel.WEB_CHAT, Locale.GERMAN, NOW);

  @Test
  void summarizesWhatWasAskedUnderstoodAndAnsweredMaskedWithTaskFrustrationAndReason() {
    String asked = "Überweise 50 Euro auf " + TOKEN;
    conversation.receiveFromCustomer(
        asked,
        new PiiMarks(List.of(new PiiMark(PiiType.IBAN, asked.indexOf(TOKEN), asked.length()))),
        new IntentDecision("transfer", 0.91, 0.2),
        NOW);
    conversation.replyAutomatically("An wen soll das Geld gehen?", NOW);
    conversation.receiveFromCustomer(
        "Das ist doch lächerlich, ich will einen Menschen",
        PiiMarks.NONE,
        new IntentDecision("human_agent", 0.97, 0.84),
        NOW);
    conversation.handOverToStaff(EscalationReason.FRUSTRATION, NOW);
    OpenTask task = new OpenTask(conversation.id(), "transfer", NOW);
    task.fill("amount", "50.00", NOW);
    task.await("creditor", NOW);

    HandoverSummary summary = HandoverSummarizer.summarize(conversation, Optional.of(task));

    assertEquals("de", summary.language());
    assertEquals("FRUSTRATION", summary.handoverReason());
    assertEquals(
        List.of(
            "Überweise 50 Euro auf DE•• •••• •••• •••• ••30 00",
            "Das ist doch lächerlich, ich will einen Menschen"),
        summary.asked());
    assertFalse(String.join(" ", summary.asked()).contains("3704"), "never unmasked");
    assertEquals(List.of("#1 transfer 0.9100", "#3 human_agent 0.9700"), summary.understood());
    assertEquals(List.of("An wen soll das Geld gehen?"), summary.answered());
    assertEquals(new BigDecimal("0.8400"), summary.frustration());
    assertTrue(summary.frustrated());
    assertEquals("transfer", summary.openTask().task());
    assertEquals(Map.of("amount", "50.00"), summary.openTask().slots());
    assertEquals("amount=50.00", summary.openTask().slotsText());
    assertEquals("creditor", summary.openTask().awaiting());
  }

  @Test
  void quotesOnlyTheLatestMessagesOnOneLineAndCutsLongOnes() {
    for (int i = 1; i <= 5; i++) {
      conversation.receiveFromCustomer("question\n" + i, PiiMarks.NONE, null, NOW);
    }
    conversation.receiveFromCustomer("word ".repeat(100), PiiMarks.NONE, null, NOW);

    HandoverSummary summary = HandoverSummarizer.summarize(conversation, Optional.empty());

    assertEquals(HandoverSummarizer.QUOTED, summary.asked().size());
    assertEquals("question 4", summary.asked().get(0));
    String cut = summary.asked().get(2);
    assertTrue(cut.endsWith("…") && cut.length() <= HandoverSummarizer.QUOTE_MAX + 1, cut);
    assertNull(summary.frustration());
    assertFalse(summary.frustrated());
    assertNull(summary.openTask());
    assertNull(summary.handoverReason());
    assertEquals(List.of(), summary.understood());
  }
}
