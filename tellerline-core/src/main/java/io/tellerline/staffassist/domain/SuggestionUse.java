package io.tellerline.staffassist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A suggested reply a member of staff inserted and sent, and whether she edited it first: the next
 * training signal for the suggestions. Ids only, no text and no personal data.
 */
@Entity
@Table(name = "suggestion_use")
public class SuggestionUse {

  @Id private UUID id;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  /** The staff reply that was sent. */
  @Column(name = "message_id", nullable = false)
  private UUID messageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SuggestionSource source;

  /** The article's or earlier staff reply's id. */
  @Column(name = "source_ref", nullable = false, length = 64)
  private String sourceRef;

  @Column(nullable = false)
  private boolean edited;

  @Column(nullable = false, length = 100)
  private String staff;

  @Column(name = "used_at", nullable = false)
  private Instant usedAt;

  protected SuggestionUse() {}

  public SuggestionUse(
      UUID conversationId,
      UUID messageId,
      SuggestionSource source,
      String sourceRef,
      boolean edited,
      String staff,
      Instant usedAt) {
    this.id = UUID.randomUUID();
    this.conversationId = conversationId;
    this.messageId = messageId;
    this.source = source;
    this.sourceRef = sourceRef;
    this.edited = edited;
    this.staff = staff;
    this.usedAt = usedAt;
  }

  public UUID id() {
    return id;
  }

  public boolean edited() {
    return edited;
  }

  public SuggestionSource source() {
    return source;
  }

  public String sourceRef() {
    return sourceRef;
  }
}
