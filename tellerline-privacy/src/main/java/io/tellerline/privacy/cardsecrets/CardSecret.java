package io.tellerline.privacy.cardsecrets;

/**
 * One finding: characters {@code [start, end)} of the message are a card secret of this kind.
 *
 * @param start first character
 * @param end one past the last character
 * @param kind what it is
 */
public record CardSecret(int start, int end, CardSecretKind kind) {

  public CardSecret {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
    }
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
