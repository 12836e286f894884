package io.tellerline.conversation.domain;

import jakarta.persistence.Column;
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
import java.util.Optional;
import java.util.UUID;

/** One message in a conversation. Immutable once written. */
@Entity
@Table(name = "conversation_message")
public class Message {

  /** Upper bound of a message body, in characters; the database column has the same size. */
  public static final int MAX_LENGTH = 4000;

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

  @Column(nullable = false)
  private boolean automated;

  @Embedded private IntentDecision intentDecision;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Message() {}

  Message(
      Conversation conversation,
      int sequence,
      Author author,
      String body,
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
}
