package io.tellerline.privacy.domain;

import io.tellerline.privacy.detection.PiiType;
import java.util.List;

/**
 * A message with its personal data replaced by tokens ({@link #text}, safe to store, log, classify
 * and audit), where the tokens are, and the originals, which exist only in memory until they are
 * encrypted.
 */
public record ProtectedText(String text, PiiMarks marks, List<Original> originals) {

  public ProtectedText {
    originals = List.copyOf(originals);
    if (originals.size() != marks.marks().size()) {
      throw new IllegalArgumentException("one original per mark");
    }
  }

  public static ProtectedText unchanged(String text) {
    return new ProtectedText(text, PiiMarks.NONE, List.of());
  }

  public boolean containsPersonalData() {
    return !originals.isEmpty();
  }

  /** One piece of personal data: its type, its token and the value as the customer typed it. */
  public record Original(PiiType type, String token, String value) {

    @Override
    public String toString() {
      return "Original[" + type + " -> " + token + "]";
    }
  }

  @Override
  public String toString() {
    return "ProtectedText[" + text + ", " + originals.size() + " protected]";
  }
}
