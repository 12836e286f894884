package io.tellerline.privacy.domain;

import java.util.Objects;

/**
 * One token of a stored message replaced by the token of the same original under a newer key
 * version (tokenization key rotation).
 *
 * @param mark the index of the token's mark in the message's {@link PiiMarks} (the ordinal of its
 *     protected value)
 * @param from the token the body holds now; the change is refused if it holds another
 * @param to the new token
 */
public record TokenChange(int mark, String from, String to) {

  public TokenChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (mark < 0 || to.isEmpty()) {
      throw new IllegalArgumentException("a change needs a mark index >= 0 and a token");
    }
  }

  /** Keeps tokens out of logs (they are not secret, but a log has no use for them). */
  @Override
  public String toString() {
    return "TokenChange[mark " + mark + "]";
  }
}
