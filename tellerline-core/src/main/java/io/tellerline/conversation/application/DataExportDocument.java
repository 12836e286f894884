package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.DataSubjectRecords.Account;
import io.tellerline.conversation.domain.DataSubjectRecords.Contact;
import io.tellerline.conversation.domain.DataSubjectRecords.ConversationRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.DecisionRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.MessageRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.Profile;
import io.tellerline.conversation.domain.DataSubjectRecords.RevealRecord;
import io.tellerline.insight.domain.InsightDismissals.Dismissal;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.privacy.domain.ConsentRecord;
import io.tellerline.privacy.domain.PiiMarks;
import io.tellerline.recommendation.domain.RecommendationOffers.Offer;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's copy of her data (GDPR Art. 15 access, Art. 20 portability), as the JSON document of
 * {@code compliance-docs/data-export.schema.json}: profile, conversations with her messages in
 * clear (her originals put back for her), the assistant's decisions about her with their basis,
 * ratings, consents, the insights she dismissed, the products offered to her with her decisions and
 * the reveals of her personal data by staff. Filled part by part, so that a long history is written
 * conversation by conversation.
 */
public final class DataExportDocument {

  public static final String SCHEMA = "https://tellerline.io/schemas/data-export/v2";

  /** The fields of an audited decision that explain it to her; ids, sources and timings are not. */
  private static final List<String> DECISION_FIELDS =
      List.of(
          "messageId",
          "language",
          "intent",
          "confidence",
          "outOfScope",
          "alternatives",
          "modelParts",
          "frustrated",
          "frustration",
          "modelVersion",
          "trainingDataSha256",
          "policy",
          "outcome",
          "result",
          "acr");

  private final JsonObjectBuilder document;
  private final JsonArrayBuilder conversations = JsonBuilders.array();
  private final JsonArrayBuilder ratings = JsonBuilders.array();
  private final JsonArrayBuilder decisions = JsonBuilders.array();
  private final JsonArrayBuilder reveals = JsonBuilders.array();
  private final JsonArrayBuilder consents = JsonBuilders.array();
  private final JsonArrayBuilder dismissals = JsonBuilders.array();
  private final JsonArrayBuilder offers = JsonBuilders.array();
  private int messages;

  public DataExportDocument(UUID exportId, Instant generatedAt) {
    document =
        JsonBuilders.object()
            .add("schema", SCHEMA)
            .add("exportId", exportId.toString())
            .add("generatedAt", generatedAt.toString());
  }

  public DataExportDocument profile(Profile profile) {
    JsonObjectBuilder subject =
        JsonBuilders.object()
            .add("customerNumber", profile.customerNumber())
            .add("name", profile.name())
            .add("preferredLanguage", profile.preferredLanguage());
    if (profile.street() != null || profile.postcode() != null || profile.city() != null) {
      subject.add(
          "postalAddress",
          JsonBuilders.object()
              .add("street", text(profile.street()))
              .add("postcode", text(profile.postcode()))
              .add("city", text(profile.city())));
    } else {
      subject.addNull("postalAddress");
    }
    JsonArrayBuilder contacts = JsonBuilders.array();
    for (Contact contact : profile.contacts()) {
      contacts.add(
          JsonBuilders.object()
              .add("channel", contact.channel())
              .add("value", contact.value())
              .add("verifiedAt", contact.verifiedAt().toString()));
    }
    JsonArrayBuilder accounts = JsonBuilders.array();
    for (Account account : profile.accounts()) {
      accounts.add(
          JsonBuilders.object()
              .add("iban", account.iban())
              .add("product", account.productName())
              .add("currency", account.currency()));
    }
    document.add("profile", subject.add("contacts", contacts).add("accounts", accounts));
    return this;
  }

  /**
   * One conversation and its messages; a token whose original she gave is shown as she typed it,
   * any other token (staff text, erased data) masked.
   */
  public DataExportDocument conversation(
      ConversationRecord conversation,
      List<MessageRecord> messages,
      Map<String, String> originals) {
    JsonArrayBuilder shown = JsonBuilders.array();
    for (MessageRecord message : messages) {
      String text =
          PiiMarks.parse(message.piiMarks())
              .restore(message.body(), token -> Optional.ofNullable(originals.get(token)));
      JsonObjectBuilder entry =
          JsonBuilders.object()
              .add("id", message.id().toString())
              .add("sequence", message.sequence())
              .add("author", message.author())
              .add("automated", message.automated())
              .add("createdAt", message.createdAt().toString())
              .add("text", text);
      if (message.intent() != null) {
        entry.add("intent", message.intent());
      }
      if (message.confidence() != null) {
        entry.add("confidence", message.confidence());
      }
      shown.add(entry);
      this.messages++;
    }
    JsonObjectBuilder entry =
        JsonBuilders.object()
            .add("id", conversation.id().toString())
            .add("channel", conversation.channel())
            .add("status", conversation.status())
            .add("language", conversation.language())
            .add("startedAt", conversation.startedAt().toString());
    optional(entry, "closedAt", conversation.closedAt());
    optional(entry, "handedToStaffBecause", conversation.escalationReason());
    conversations.add(entry.add("messages", shown));
    if (conversation.ratingScore() != null) {
      JsonObjectBuilder rating =
          JsonBuilders.object()
              .add("conversationId", conversation.id().toString())
              .add("score", conversation.ratingScore());
      optional(rating, "comment", conversation.ratingComment());
      optional(rating, "ratedAt", conversation.ratedAt());
      ratings.add(rating);
    }
    return this;
  }

  /** The assistant's audited decisions about her, with what they were based on. */
  public DataExportDocument decisions(List<DecisionRecord> records) {
    for (DecisionRecord record : records) {
      JsonObject payload = JsonBuilders.parse(record.payload());
      JsonObjectBuilder decision =
          JsonBuilders.object()
              .add("type", record.type())
              .add("occurredAt", record.occurredAt().toString())
              .add("conversationId", record.conversationId().toString());
      for (String field : DECISION_FIELDS) {
        JsonValue value = payload.get(field);
        if (value != null) {
          decision.add(field, value);
        }
      }
      decisions.add(decision);
    }
    return this;
  }

  /** Each time a member of staff saw one of her personal values: who, when, why. */
  public DataExportDocument reveals(List<RevealRecord> records) {
    for (RevealRecord reveal : records) {
      reveals.add(
          JsonBuilders.object()
              .add("staff", reveal.staff())
              .add("revealedAt", reveal.revealedAt().toString())
              .add("visibleUntil", reveal.expiresAt().toString())
              .add("reason", reveal.reason())
              .add("valueType", reveal.valueType())
              .add("conversationId", reveal.conversationId().toString())
              .add("messageId", reveal.messageId().toString()));
    }
    return this;
  }

  public DataExportDocument consents(List<ConsentRecord> records) {
    for (ConsentRecord consent : records) {
      consents.add(
          JsonBuilders.object()
              .add("purpose", consent.purpose().slug())
              .add("decision", consent.granted() ? "GIVEN" : "WITHDRAWN")
              .add("decidedAt", consent.recordedAt().toString())
              .add("textVersion", consent.textVersion()));
    }
    return this;
  }

  /** The insights she dismissed: which one, its kind and rule version, her feedback, when. */
  public DataExportDocument insightDismissals(List<Dismissal> records) {
    for (Dismissal dismissal : records) {
      dismissals.add(
          JsonBuilders.object()
              .add("insightId", dismissal.insightId())
              .add("kind", dismissal.kind())
              .add("ruleVersion", dismissal.ruleVersion())
              .add("feedback", dismissal.feedback().name())
              .add("dismissedAt", dismissal.dismissedAt().toString()));
    }
    return this;
  }

  /** The products offered to her: which, by which rule and version, when, and her decision. */
  public DataExportDocument productOffers(List<Offer> records) {
    for (Offer offer : records) {
      JsonObjectBuilder entry =
          JsonBuilders.object()
              .add("product", offer.productCode())
              .add("ruleVersion", offer.ruleVersion())
              .add("offeredAt", offer.offeredAt().toString());
      optional(entry, "decision", offer.decision());
      optional(entry, "decidedAt", offer.decidedAt());
      offers.add(entry);
    }
    return this;
  }

  /** Messages written so far. */
  public int messages() {
    return messages;
  }

  public JsonObject build() {
    return document
        .add("conversations", conversations)
        .add("assistantDecisions", decisions)
        .add("ratings", ratings)
        .add("consents", consents)
        .add("insightDismissals", dismissals)
        .add("productOffers", offers)
        .add("staffReveals", reveals)
        .build();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static void optional(JsonObjectBuilder entry, String name, Object value) {
    if (value != null) {
      entry.add(name, value.toString());
    }
  }
}
