package io.tellerline.banking.domain;

/** Lifecycle state of a payment card, as the core-banking system reports it. */
public enum CardStatus {
  ACTIVE,
  BLOCKED,
  EXPIRED,
  PENDING_ACTIVATION
}
