package io.tellerline.privacy.domain;

import io.tellerline.privacy.detection.PiiType;
import java.util.Objects;

/** Where a token stands in a stored (tokenized) message body, and what kind of data it hides. */
public record PiiMark(PiiType type, int start, int end) {

  public PiiMark {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a mark needs 0 <= start < end");
    }
  }
}
