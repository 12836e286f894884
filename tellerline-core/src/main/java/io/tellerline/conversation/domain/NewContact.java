package io.tellerline.conversation.domain;

import io.tellerline.banking.domain.ContactChannel;
import java.util.Objects;

/**
 * A contact the customer gave, not yet verified: the channel, the value (only in memory, to send to
 * it) and its privacy token (what logs and the audit trail may name).
 */
public record NewContact(ContactChannel channel, String value, String token) {

  public NewContact {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(token, "token");
  }

  /** Names the token, never the value. */
  @Override
  public String toString() {
    return "NewContact[" + channel + " " + token + "]";
  }
}
