package io.tellerline.conversation.domain;

import io.tellerline.privacy.domain.PiiMarks;
import io.tellerline.privacy.domain.PiiMarksConverter;
import io.tellerline.privacy.domain.TokenChange;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One message in a conversation, its personal data tokenized. Immutable once written, except that
 * erasure masks its tokens and a tokenization key rotation replaces them; the card secrets removed
 * from it are noted as it is received.
 */
@Entity
@Table(name = "conversation_message")
public class Message {

  /**
   * Upper bound of a stored (tokenized) body, in characters, as the database checks it. Tokens may
   * be longer than the data they replace; what people may type is limited at the boundaries.
   */
  public static final int MAX_LENGTH = 32_000;

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id")
  private Conversation conversation;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Author author;

  @Column(nullable = false, length = MAX_LENGTH)
  private String body;

  /** Where the tokens of personal data are in the body (see PiiMarks). */
  @Convert(converter = PiiMarksConverter.class)
  @Column(name = "pii_marks", nullable = false)
  private PiiMarks piiMarks = PiiMarks.NONE;

  @Column(nullable = false)
  private boolean automated;

  @Embedded private IntentDecision intentDecision;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Kinds of card secret removed from the text before it was stored (comma-separated), or null. */
  @Column(name = "card_secrets_removed", length = 40)
  private String cardSecretsRemoved;

  /** What became of the turn (the assistant's policy outcome), for the KPI dashboard. */
  @Column(name = "outcome", length = 20)
  private String outcome;

  @Column(name = "out_of_scope")
  private Boolean outOfScope;

  @Column(name = "intent_model_version", length = 100)
  private String intentModelVersion;

  protected Message() {}

  Message(
      Conversation conversation,
      int sequence,
      Author author,
      String body,
      PiiMarks piiMarks,
      IntentDecision intentDecision,
      Instant createdAt) {
    if (body.isBlank() || body.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "message body must have 1 to " + MAX_LENGTH + " characters");
    }
    this.id = UUID.randomUUID();
    this.conversation = conversation;
    this.sequence = sequence;
    this.author = author;
    this.body = body;
    this.piiMarks = piiMarks;
    this.automated = author == Author.ASSISTANT || author == Author.SYSTEM;
    this.intentDecision = intentDecision;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public int sequence() {
    return sequence;
  }

  public Author author() {
    return author;
  }

  public String body() {
    return body;
  }

  public PiiMarks piiMarks() {
    return piiMarks;
  }

  /** The body as people see it: every token of personal data masked. */
  public String maskedBody() {
    return piiMarks.mask(body);
  }

  /**
   * Erasure: replaces the tokens in the body by their masked form, so that nothing derived from the
   * customer's personal data remains in the message.
   */
  public void redactPersonalData() {
    PiiMarks.Redacted redacted = piiMarks.redact(body);
    body = redacted.body();
    piiMarks = redacted.marks();
  }

  /**
   * Tokenization key rotation: replaces tokens by those of the same originals under the newer key;
   * false, and nothing changed, when a token is not where its mark says.
   */
  public boolean replaceTokens(List<TokenChange> changes) {
    Optional<PiiMarks.Redacted> replaced = piiMarks.replace(body, changes);
    replaced.ifPresent(
        r -> {
          body = r.body();
          piiMarks = r.marks();
        });
    return replaced.isPresent();
  }

  /** True for every message the assistant or the system wrote, so clients can label it. */
  public boolean automated() {
    return automated;
  }

  public Optional<IntentDecision> intentDecision() {
    return Optional.ofNullable(intentDecision);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Notes, as the customer's message is received, which kinds of card secret (e.g. {@code CVC})
   * were removed from it: staff are alerted. Kinds only, never a value.
   */
  public void cardSecretsRemoved(Collection<String> kinds) {
    if (author != Author.CUSTOMER || kinds.isEmpty()) {
      throw new IllegalArgumentException("only a customer's message loses card secrets");
    }
    cardSecretsRemoved = String.join(",", new TreeSet<>(kinds));
  }

  /** The kinds of card secret removed from this message, sorted; empty if none. */
  public List<String> cardSecretsRemoved() {
    return cardSecretsRemoved == null ? List.of() : List.of(cardSecretsRemoved.split(","));
  }

  /**
   * Notes what the assistant made of this customer message (its reply's outcome, whether the text
   * was out of the model's scope, the intent model's version): the KPI dashboard and drift
   * monitoring read it (issue 19); the database adds it to the conversation's figures.
   */
  public void turnTaken(String outcome, boolean outOfScope, String intentModelVersion) {
    if (author != Author.CUSTOMER) {
      throw new IllegalArgumentException("only a customer's message is a turn");
    }
    this.outcome = outcome;
    this.outOfScope = outOfScope;
    this.intentModelVersion = intentModelVersion;
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }
}
