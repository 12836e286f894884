package io.tellerline.privacy.tokenization;

import io.tellerline.privacy.detection.PiiType;

/**
 * One piece of personal data replaced by a token. The caller encrypts {@code original} (for example
 * with FieldCipher) if it must be revealed later; the tokenized text never contains it.
 *
 * @param start offset of the original in the input text
 * @param end offset just past the original in the input text
 * @param tokenStart offset of the token in the tokenized text
 */
public record Replacement(
    PiiType type, String token, int start, int end, String original, int tokenStart) {

  /** Keeps the original out of logs. */
  @Override
  public String toString() {
    return "Replacement[" + type + " " + start + ".." + end + " -> " + token + "]";
  }
}
