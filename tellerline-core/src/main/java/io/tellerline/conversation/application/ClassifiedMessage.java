package io.tellerline.conversation.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** A customer message as the assistant classified it, and the staff correction if any. */
public record ClassifiedMessage(
    UUID messageId,
    int sequence,
    String maskedText,
    String intent,
    BigDecimal confidence,
    String correctedIntent)
    implements Serializable {

  public String label() {
    return "#" + sequence + " " + reading();
  }

  /** What the assistant read, with its confidence, and what staff corrected it to. */
  public String reading() {
    return intent
        + " "
        + confidence.toPlainString()
        + (correctedIntent == null ? "" : " → " + correctedIntent);
  }
}
