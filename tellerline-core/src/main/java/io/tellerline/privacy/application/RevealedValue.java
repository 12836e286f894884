package io.tellerline.privacy.application;

import io.tellerline.privacy.detection.PiiType;
import java.time.Instant;
import java.util.UUID;

/** An original value shown to a member of staff until {@code expiresAt}. */
public record RevealedValue(UUID valueId, PiiType type, String value, Instant expiresAt) {

  /** Never prints the value. */
  @Override
  public String toString() {
    return "RevealedValue[" + valueId + " " + type + " until " + expiresAt + "]";
  }
}
