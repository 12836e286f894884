package io.tellerline.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A note staff leave on a conversation for each other; the customer never sees it. */
@Entity
@Table(name = "conversation_note")
public class ConversationNote {

  public static final int MAX_LENGTH = ConversationLimits.NOTE_MAX;

  @Id private UUID id;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(nullable = false, length = 100)
  private String author;

  @Column(nullable = false, length = MAX_LENGTH)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ConversationNote() {}

  /**
   * @param maskedBody the note with personal data already masked
   */
  public ConversationNote(UUID conversationId, String author, String maskedBody, Instant now) {
    if (maskedBody == null || maskedBody.isBlank() || maskedBody.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a note has 1 to " + MAX_LENGTH + " characters");
    }
    this.id = UUID.randomUUID();
    this.conversationId = conversationId;
    this.author = author;
    this.body = maskedBody;
    this.createdAt = now;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
