package io.tellerline.training.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What a candidate in shadow said about one live turn, beside what the live model said: intents and
 * confidences, never the message.
 */
public record ShadowResult(
    UUID modelVersionId,
    String liveVersion,
    String language,
    String liveIntent,
    double liveConfidence,
    String shadowIntent,
    double shadowConfidence,
    Instant scoredAt)
    implements Serializable {

  public boolean agreed() {
    return liveIntent.equals(shadowIntent);
  }
}
