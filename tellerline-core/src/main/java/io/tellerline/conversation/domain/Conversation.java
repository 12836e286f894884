package io.tellerline.conversation.domain;

import io.tellerline.banking.domain.CustomerId;
import io.tellerline.privacy.domain.PiiMarks;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A chat between one customer and the bank (its assistant, then possibly staff). */
@Entity
@Table(name = "conversation")
public class Conversation {

  @Id private UUID id;

  @Column(name = "customer_id", nullable = false)
  private UUID customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ConversationStatus status;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Version private long version;

  @OneToMany(mappedBy = "conversation", cascade = CascadeType.PERSIST)
  @OrderBy("sequence ASC")
  private List<Message> messages = new ArrayList<>();

  protected Conversation() {}

  private Conversation(CustomerId customer, Channel channel, Locale language, Instant now) {
    this.id = UUID.randomUUID();
    this.customerId = customer.value();
    this.channel = channel;
    this.status = ConversationStatus.WITH_ASSISTANT;
    this.language = language.getLanguage();
    this.startedAt = now;
    this.lastActivityAt = now;
  }

  public static Conversation start(
      CustomerId customer, Channel channel, Locale language, Instant now) {
    return new Conversation(customer, channel, language, now);
  }

  /** Records the customer's message, its personal data already tokenized (marks say where). */
  public Message receiveFromCustomer(
      String tokenizedText, PiiMarks marks, IntentDecision decision, Instant now) {
    requireOpen();
    return append(Author.CUSTOMER, tokenizedText, marks, decision, now);
  }

  /** An assistant text that holds no personal data (greetings, fixed answers). */
  public Message replyAutomatically(String text, Instant now) {
    return replyAutomatically(text, PiiMarks.NONE, now);
  }

  public Message replyAutomatically(String tokenizedText, PiiMarks marks, Instant now) {
    requireOpen();
    return append(Author.ASSISTANT, tokenizedText, marks, null, now);
  }

  /** The customer asked for a person, or the assistant could not help: queue for staff. */
  public void handOverToStaff() {
    requireOpen();
    status = ConversationStatus.WAITING_FOR_STAFF;
  }

  public Optional<Message> message(UUID messageId) {
    return messages.stream().filter(message -> message.id().equals(messageId)).findFirst();
  }

  public boolean belongsTo(CustomerId customer) {
    return customerId.equals(customer.value());
  }

  private Message append(
      Author author, String text, PiiMarks marks, IntentDecision decision, Instant now) {
    Message message = new Message(this, messages.size() + 1, author, text, marks, decision, now);
    messages.add(message);
    lastActivityAt = now;
    return message;
  }

  private void requireOpen() {
    if (status == ConversationStatus.CLOSED) {
      throw new ConversationClosedException(id);
    }
  }

  public UUID id() {
    return id;
  }

  public CustomerId customerId() {
    return new CustomerId(customerId);
  }

  public Channel channel() {
    return channel;
  }

  public ConversationStatus status() {
    return status;
  }

  public Locale language() {
    return Locale.forLanguageTag(language);
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public List<Message> messages() {
    return Collections.unmodifiableList(messages);
  }
}
