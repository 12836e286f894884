package io.tellerline.conversation.domain;

import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.privacy.domain.PiiMarks;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Set;
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

  @Enumerated(EnumType.STRING)
  @Column(name = "escalation_reason", length = 30)
  private EscalationReason escalationReason;

  @Column(name = "waiting_since")
  private Instant waitingSince;

  @Column(length = 100)
  private String assignee;

  @Column(name = "low_confidence_streak", nullable = false)
  private int lowConfidenceStreak;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Embedded private SatisfactionRating satisfaction;

  @Version private long version;

  @Embedded private TranscriptPosition transcript = new TranscriptPosition();

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

  /** The languages the assistant speaks. */
  public static final Set<String> LANGUAGES = Set.of("en", "de");

  /**
   * The assistant speaks another language from now on. Returns false if it already does.
   *
   * @throws InvalidInputException for a language the assistant does not speak
   */
  public boolean switchLanguage(Locale to) {
    requireOpen();
    if (!LANGUAGES.contains(to.getLanguage())) {
      throw new InvalidInputException("language", "conversation.language_unsupported");
    }
    if (language.equals(to.getLanguage())) {
      return false;
    }
    language = to.getLanguage();
    return true;
  }

  /** True until the customer wrote their first message. */
  public boolean awaitsFirstCustomerMessage() {
    return !transcript.customerWrote();
  }

  /**
   * Queues the conversation for staff. Returns false if it already waits for or is with staff (the
   * first reason stays).
   */
  public boolean handOverToStaff(EscalationReason reason, Instant now) {
    requireOpen();
    if (status != ConversationStatus.WITH_ASSISTANT) {
      return false;
    }
    status = ConversationStatus.WAITING_FOR_STAFF;
    escalationReason = reason;
    waitingSince = now;
    lowConfidenceStreak = 0;
    return true;
  }

  /**
   * The assistant did not understand a message. Returns true when that is the second time in a row:
   * the customer must then get a person, not another "please rephrase".
   */
  public boolean misunderstood() {
    lowConfidenceStreak++;
    return lowConfidenceStreak >= 2;
  }

  public void understood() {
    lowConfidenceStreak = 0;
  }

  /** A member of staff takes the conversation from the queue (again, if it is already theirs). */
  public void claim(String staff, Instant now) {
    requireOpen();
    if (status == ConversationStatus.WITH_STAFF && staff.equals(assignee)) {
      return;
    }
    if (status != ConversationStatus.WAITING_FOR_STAFF) {
      throw new ConversationStateException(
          status == ConversationStatus.WITH_STAFF
              ? "conversation.served_by_another"
              : "conversation.not_waiting");
    }
    status = ConversationStatus.WITH_STAFF;
    assignee = staff;
    lastActivityAt = now;
  }

  /** A reply by the member of staff serving the conversation; never marked automated. */
  public Message replyAsStaff(String staff, String tokenizedText, PiiMarks marks, Instant now) {
    requireServedBy(staff);
    return append(Author.STAFF, tokenizedText, marks, null, now);
  }

  /** The member of staff returns the customer to the assistant; the notice says so. */
  public Message handBackToAssistant(String staff, String notice, Instant now) {
    requireServedBy(staff);
    status = ConversationStatus.WITH_ASSISTANT;
    assignee = null;
    waitingSince = null;
    escalationReason = null;
    return append(Author.SYSTEM, notice, PiiMarks.NONE, null, now);
  }

  /** Ends the conversation (staff after serving it, or the customer); the customer may rate it. */
  public Message close(String notice, Instant now) {
    requireOpen();
    status = ConversationStatus.CLOSED;
    assignee = null;
    waitingSince = null;
    closedAt = now;
    return append(Author.SYSTEM, notice, PiiMarks.NONE, null, now);
  }

  /** The one-question survey at the end: 1 to 5, an optional (tokenized) comment, once. */
  public void rate(int score, String tokenizedComment, Instant now) {
    if (status != ConversationStatus.CLOSED) {
      throw new ConversationStateException("conversation.not_ended");
    }
    if (satisfaction != null && satisfaction.given()) {
      throw new ConversationStateException("conversation.already_rated");
    }
    satisfaction = SatisfactionRating.given(score, tokenizedComment, now);
  }

  private void requireServedBy(String staff) {
    requireOpen();
    if (status != ConversationStatus.WITH_STAFF || !staff.equals(assignee)) {
      throw new ConversationStateException("conversation.claim_first");
    }
  }

  public Optional<Message> message(UUID messageId) {
    return messages.stream().filter(message -> message.id().equals(messageId)).findFirst();
  }

  public boolean belongsTo(CustomerId customer) {
    return customerId.equals(customer.value());
  }

  private Message append(
      Author author, String text, PiiMarks marks, IntentDecision decision, Instant now) {
    Message message =
        new Message(this, transcript.next(author), author, text, marks, decision, now);
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

  public Optional<EscalationReason> escalationReason() {
    return Optional.ofNullable(escalationReason);
  }

  public Optional<Instant> waitingSince() {
    return Optional.ofNullable(waitingSince);
  }

  public Optional<String> assignee() {
    return Optional.ofNullable(assignee);
  }

  public Optional<Integer> satisfactionScore() {
    return Optional.ofNullable(satisfaction)
        .filter(SatisfactionRating::given)
        .map(SatisfactionRating::score);
  }

  public List<Message> messages() {
    return Collections.unmodifiableList(messages);
  }
}
