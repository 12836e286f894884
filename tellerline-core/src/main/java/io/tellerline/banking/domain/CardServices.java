package io.tellerline.banking.domain;

import io.tellerline.kernel.CustomerId;
import java.util.Optional;
import java.util.UUID;

/**
 * Port to the core-banking system's card services beyond blocking: PIN letters and activation.
 * Every method is scoped to one customer; callers enforce step-up and exactly-once first.
 */
public interface CardServices {

  /**
   * Orders a letter with the card's PIN to the customer's postal address on file.
   *
   * @return the order's id; empty when the customer holds no such card that is active or waiting
   *     for activation (nothing is ordered)
   */
  Optional<UUID> orderPinLetter(CustomerId customer, UUID cardId);

  /**
   * Activates a card that waits for activation ({@link CardStatus#PENDING_ACTIVATION}).
   *
   * @return false when the customer holds no such card waiting for activation (nothing changes: a
   *     blocked card is not unblocked this way)
   */
  boolean activate(CustomerId customer, UUID cardId);
}
