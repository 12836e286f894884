package io.tellerline.privacy.application;

import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.ProtectedValue;
import io.tellerline.privacy.tokenization.Masking;
import java.io.Serializable;
import java.util.UUID;

/** A protected value as staff see it before any reveal: type and masked form only. */
public record MaskedValue(UUID id, UUID messageId, int ordinal, PiiType type, String masked)
    implements Serializable {

  public static MaskedValue of(ProtectedValue value) {
    return new MaskedValue(
        value.id(),
        value.messageId(),
        value.ordinal(),
        value.type(),
        Masking.mask(value.type(), value.token()));
  }
}
