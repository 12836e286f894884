package io.tellerline.conversation.domain;

import io.tellerline.kernel.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What Tellerline keeps about one customer, read for her copy of her data (GDPR Art. 15 and 20):
 * her profile as the chat knows it, her conversations and messages as stored (tokenized), the
 * assistant's recorded decisions about her and the reveals of her personal data by staff. Every
 * method reads only this customer's rows.
 */
public interface DataSubjectRecords {

  /** The profile (core banking's customer record, her accounts and verified contacts). */
  record Profile(
      String customerNumber,
      String name,
      String preferredLanguage,
      String street,
      String postcode,
      String city,
      List<Contact> contacts,
      List<Account> accounts) {}

  /** A verified e-mail address or phone number. */
  record Contact(String channel, String value, Instant verifiedAt) {}

  /** An account she holds. */
  record Account(String iban, String productName, String currency) {}

  /** A conversation, with the rating she gave (its comment is stored tokenized). */
  record ConversationRecord(
      UUID id,
      String channel,
      String status,
      String language,
      Instant startedAt,
      Instant closedAt,
      String escalationReason,
      Integer ratingScore,
      String ratingComment,
      Instant ratedAt) {}

  /** A stored message: body with tokens, where the tokens are ({@code TYPE:start:end;…}). */
  record MessageRecord(
      UUID id,
      int sequence,
      String author,
      String body,
      String piiMarks,
      boolean automated,
      String intent,
      BigDecimal confidence,
      Instant createdAt) {}

  /** An audit event of the assistant about one of her conversations, with its JSON payload. */
  record DecisionRecord(
      UUID eventId, String type, Instant occurredAt, UUID conversationId, String payload) {}

  /** A member of staff saw one of her personal values: who, when, why, until when, which kind. */
  record RevealRecord(
      String staff,
      Instant revealedAt,
      Instant expiresAt,
      String reason,
      String valueType,
      UUID conversationId,
      UUID messageId) {}

  Optional<Profile> profileOf(CustomerId customer);

  /** Her conversations, oldest first. */
  List<ConversationRecord> conversationsOf(CustomerId customer);

  /** How many messages her conversations hold together. */
  int messageCountOf(CustomerId customer);

  /** The messages of one of her conversations, in order (none if it is not hers). */
  List<MessageRecord> messagesOf(CustomerId customer, UUID conversationId);

  /**
   * The assistant's decisions ({@code AI_DECISION}, {@code SENSITIVE_ACTION_RESUMED}), in order.
   */
  List<DecisionRecord> decisionsAbout(CustomerId customer);

  /** Reveals of her personal data by staff, oldest first. */
  List<RevealRecord> revealsOf(CustomerId customer);
}
