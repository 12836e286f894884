package io.tellerline.banking.domain;

import java.util.Optional;
import java.util.UUID;

/** What came of a request to change a card's limit; the id of the recorded change if made. */
public record CardLimitChange(Status status, Optional<UUID> changeId) {

  public enum Status {
    CHANGED,
    /** Outside the product's range, or in another currency: nothing changed. */
    OUT_OF_RANGE,
    /** The customer holds no such card, or it has no such limit: nothing changed. */
    NO_SUCH_LIMIT
  }

  public static CardLimitChange changed(UUID changeId) {
    return new CardLimitChange(Status.CHANGED, Optional.of(changeId));
  }

  public static CardLimitChange of(Status status) {
    return new CardLimitChange(status, Optional.empty());
  }
}
