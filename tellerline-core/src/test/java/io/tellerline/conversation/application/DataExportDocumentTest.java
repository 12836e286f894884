package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.domain.DataSubjectRecords.Account;
import io.tellerline.conversation.domain.DataSubjectRecords.Contact;
import io.tellerline.conversation.domain.DataSubjectRecords.ConversationRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.DecisionRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.MessageRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.Profile;
import io.tellerline.conversation.domain.DataSubjectRecords.RevealRecord;
import io.tellerline.insight.domain.InsightDismissals.Dismissal;
import io.tellerline.insight.domain.InsightFeedback;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.ConsentRecord;
import io.tellerline.recommendation.domain.Decision;
import io.tellerline.recommendation.domain.RecommendationOffers.Offer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataExportDocumentTest {

  static final UUID EXPORT = UUID.fromString("e0000000-0000-4000-8000-000000000001");
  static final UUID CONVERSATION = UUID.fromString("c0000000-0000-4000-8000-000000000001");
  static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  static final String TOKEN = "[EMAIL:ba7441a9bab64c8f]";

  static final Profile PROFILE =
      new Profile(
          "C-1001",
          "Alice Example",
          "en",
          "1 High Street",
          "SW1A 1AA",
          "London",
          List.of(new Contact("EMAIL", "alice@example.org", AT)),
          List.of(new Account("DE89370400440532013000", "Current account", "EUR")));

  static final ConversationRecord RATED =
      new ConversationRecord(
          CONVERSATION,
          "WEB_CHAT",
          "CLOSED",
          "en",
          AT,
          AT.plusSeconds(60),
          null,
          4,
          "helpful",
          AT.plusSeconds(61));

  static final String AI_DECISION =
      "{\"conversationId\":\""
          + CONVERSATION
          + "\",\"customer\":\"pseudonym\",\"intent\":"
          + "\"account_balance\",\"confidence\":0.93,\"alternatives\":[{\"intent\":\"fees\","
          + "\"score\":0.02}],\"modelVersion\":\"intent-2026.12\",\"policy\":{\"action\":"
          + "\"account_balance\",\"verdict\":\"ALLOWED\",\"requiredAcr\":\"password\",\"reason\":\"ok\",\"version\":\"authn-abc\"},"
          + "\"outcome\":\"ANSWERED\",\"latencyMicros\":1234,\"source\":{\"address\":\"tok\"}}";

  static JsonObject sample() {
    List<MessageRecord> messages =
        List.of(
            new MessageRecord(
                UUID.randomUUID(),
                1,
                "CUSTOMER",
                "mail me at " + TOKEN,
                "EMAIL:11:35",
                false,
                "account_balance",
                new BigDecimal("0.9300"),
                AT),
            new MessageRecord(
                UUID.randomUUID(),
                2,
                "ASSISTANT",
                "Your balance is 10 EUR.",
                "",
                true,
                null,
                null,
                AT.plusSeconds(1)));
    return new DataExportDocument(EXPORT, AT)
        .profile(PROFILE)
        .conversation(RATED, messages, Map.of(TOKEN, "alice@example.org"))
        .decisions(
            List.of(
                new DecisionRecord(
                    UUID.randomUUID(), "AI_DECISION", AT, CONVERSATION, AI_DECISION)))
        .reveals(
            List.of(
                new RevealRecord(
                    "tessa",
                    AT,
                    AT.plusSeconds(300),
                    "customer called",
                    "EMAIL",
                    CONVERSATION,
                    messages.get(0).id())))
        .consents(
            List.of(
                new ConsentRecord(
                    new CustomerId(UUID.randomUUID()),
                    ConsentPurpose.IMPROVE_ASSISTANT,
                    false,
                    "v1",
                    AT)))
        .insightDismissals(
            List.of(
                new Dismissal(
                    "0123456789abcdef",
                    "PRICE_RISE",
                    "price-rise/1",
                    InsightFeedback.NOT_USEFUL,
                    AT.plusSeconds(2))))
        .productOffers(
            List.of(
                new Offer(
                    "travel-card", "foreign-spending/1", AT, Decision.DECLINED, AT.plusSeconds(3)),
                new Offer("savings-account", "idle-balance/1", AT, null, null)))
        .build();
  }

  @Test
  void herMessagesAreInClearWithTheirIntent() {
    JsonObject message =
        sample()
            .getJsonArray("conversations")
            .getJsonObject(0)
            .getJsonArray("messages")
            .getJsonObject(0);
    assertEquals("mail me at alice@example.org", message.getString("text"));
    assertEquals("account_balance", message.getString("intent"));
    assertEquals(0.93, message.getJsonNumber("confidence").doubleValue(), 1e-9);
  }

  @Test
  void aTokenWithoutItsOriginalStaysMasked() {
    JsonObject document =
        new DataExportDocument(EXPORT, AT)
            .profile(PROFILE)
            .conversation(
                RATED,
                List.of(
                    new MessageRecord(
                        UUID.randomUUID(),
                        1,
                        "CUSTOMER",
                        "mail me at " + TOKEN,
                        "EMAIL:11:35",
                        false,
                        null,
                        null,
                        AT)),
                Map.of())
            .build();
    String text =
        document
            .getJsonArray("conversations")
            .getJsonObject(0)
            .getJsonArray("messages")
            .getJsonObject(0)
            .getString("text");
    assertEquals("mail me at [EMAIL]", text);
  }

  @Test
  void decisionsCarryIntentConfidenceModelAndPolicyButNoSourceOrTimings() {
    JsonObject decision = sample().getJsonArray("assistantDecisions").getJsonObject(0);
    assertEquals("AI_DECISION", decision.getString("type"));
    assertEquals("account_balance", decision.getString("intent"));
    assertEquals(0.93, decision.getJsonNumber("confidence").doubleValue(), 1e-9);
    assertEquals("intent-2026.12", decision.getString("modelVersion"));
    assertEquals("ALLOWED", decision.getJsonObject("policy").getString("verdict"));
    assertEquals(
        "fees", decision.getJsonArray("alternatives").getJsonObject(0).getString("intent"));
    assertFalse(decision.containsKey("source"));
    assertFalse(decision.containsKey("latencyMicros"));
    assertFalse(decision.containsKey("customer"));
  }

  @Test
  void profileRatingsConsentsAndRevealsAreListed() {
    JsonObject document = sample();
    assertEquals(DataExportDocument.SCHEMA, document.getString("schema"));
    assertEquals(EXPORT.toString(), document.getString("exportId"));
    assertEquals("Alice Example", document.getJsonObject("profile").getString("name"));
    assertEquals(
        "London",
        document.getJsonObject("profile").getJsonObject("postalAddress").getString("city"));
    assertEquals(
        "DE89370400440532013000",
        document
            .getJsonObject("profile")
            .getJsonArray("accounts")
            .getJsonObject(0)
            .getString("iban"));
    JsonObject rating = document.getJsonArray("ratings").getJsonObject(0);
    assertEquals(4, rating.getInt("score"));
    assertEquals("helpful", rating.getString("comment"));
    assertEquals(
        "WITHDRAWN", document.getJsonArray("consents").getJsonObject(0).getString("decision"));
    JsonObject reveal = document.getJsonArray("staffReveals").getJsonObject(0);
    assertEquals("tessa", reveal.getString("staff"));
    assertEquals("customer called", reveal.getString("reason"));
    assertEquals(AT.plusSeconds(300).toString(), reveal.getString("visibleUntil"));
  }

  @Test
  void dismissedInsightsAndOffersSayWhatWhenByWhichRuleAndHerAnswer() {
    JsonObject document = sample();
    JsonObject dismissal = document.getJsonArray("insightDismissals").getJsonObject(0);
    assertEquals("PRICE_RISE", dismissal.getString("kind"));
    assertEquals("price-rise/1", dismissal.getString("ruleVersion"));
    assertEquals("NOT_USEFUL", dismissal.getString("feedback"));
    assertEquals(AT.plusSeconds(2).toString(), dismissal.getString("dismissedAt"));
    JsonObject declined = document.getJsonArray("productOffers").getJsonObject(0);
    assertEquals("travel-card", declined.getString("product"));
    assertEquals("foreign-spending/1", declined.getString("ruleVersion"));
    assertEquals(AT.toString(), declined.getString("offeredAt"));
    assertEquals("DECLINED", declined.getString("decision"));
    assertEquals(AT.plusSeconds(3).toString(), declined.getString("decidedAt"));
    JsonObject open = document.getJsonArray("productOffers").getJsonObject(1);
    assertFalse(open.containsKey("decision") || open.containsKey("decidedAt"), open.toString());
  }

  @Test
  void anUnratedConversationAddsNoRatingAndCountsItsMessages() {
    ConversationRecord open =
        new ConversationRecord(
            CONVERSATION, "WEB_CHAT", "WITH_ASSISTANT", "de", AT, null, null, null, null, null);
    DataExportDocument document =
        new DataExportDocument(EXPORT, AT)
            .profile(PROFILE)
            .conversation(
                open,
                List.of(
                    new MessageRecord(
                        UUID.randomUUID(), 1, "CUSTOMER", "Hallo", "", false, null, null, AT)),
                Map.of());
    assertEquals(1, document.messages());
    JsonObject built = document.build();
    assertTrue(built.getJsonArray("ratings").isEmpty());
    assertFalse(built.getJsonArray("conversations").getJsonObject(0).containsKey("closedAt"));
  }

  @Test
  void theJsonBytesAreUtf8AndReadBack() {
    JsonObject document = sample();
    byte[] bytes = JsonBuilders.bytes(document);
    assertEquals(document, JsonBuilders.parse(new String(bytes, StandardCharsets.UTF_8)));
  }
}
