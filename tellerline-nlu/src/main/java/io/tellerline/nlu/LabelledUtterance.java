package io.tellerline.nlu;

import java.util.Objects;

/** A training example: what a customer might say and the intent it expresses. */
public record LabelledUtterance(String text, String intent) {

  public LabelledUtterance {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(intent, "intent");
    if (text.isBlank() || intent.isBlank()) {
      throw new IllegalArgumentException("text and intent must not be blank");
    }
  }
}
