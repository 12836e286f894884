package io.tellerline.nlu;

import java.util.Objects;

/**
 * A training or test example: what a customer wrote, its label (intent or out-of-scope), and its
 * language when known ("" otherwise).
 */
public record LabelledUtterance(String text, String label, String language) {

  public LabelledUtterance {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    language = language == null ? "" : language;
    if (text.isBlank() || label.isBlank()) {
      throw new IllegalArgumentException("text and label must not be blank");
    }
  }
}
