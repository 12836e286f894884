package io.tellerline.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * "The assistant thought X, it was Y" for one customer message: a labelled example for the next
 * training of the intent model, with the masked text the assistant classified. One per message; a
 * later correction replaces the label.
 */
@Entity
@Table(name = "intent_correction")
public class IntentCorrection {

  @Id private UUID id;

  @Column(name = "message_id", nullable = false, unique = true)
  private UUID messageId;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(name = "masked_text", nullable = false, length = 4000)
  private String maskedText;

  @Column(name = "predicted_intent", nullable = false, length = 64)
  private String predictedIntent;

  @Column(name = "corrected_intent", nullable = false, length = 64)
  private String correctedIntent;

  @Column(name = "corrected_by", nullable = false, length = 100)
  private String correctedBy;

  @Column(name = "corrected_at", nullable = false)
  private Instant correctedAt;

  protected IntentCorrection() {}

  public IntentCorrection(
      Conversation conversation,
      Message message,
      String correctedIntent,
      String staff,
      Instant now) {
    if (message.intentDecision().isEmpty()) {
      throw new ConversationStateException("conversation.not_classified");
    }
    this.id = UUID.randomUUID();
    this.messageId = message.id();
    this.conversationId = conversation.id();
    this.language = conversation.language().getLanguage();
    this.maskedText = message.maskedBody();
    this.predictedIntent = message.intentDecision().get().intent();
    relabel(correctedIntent, staff, now);
  }

  public void relabel(String intent, String staff, Instant now) {
    this.correctedIntent = intent;
    this.correctedBy = staff;
    this.correctedAt = now;
  }

  public String language() {
    return language;
  }

  public String maskedText() {
    return maskedText;
  }

  public String predictedIntent() {
    return predictedIntent;
  }

  public String correctedIntent() {
    return correctedIntent;
  }

  public Instant correctedAt() {
    return correctedAt;
  }
}
