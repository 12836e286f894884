package io.tellerline.banking.domain;

/** The daily limits a customer may set on a card, each within the card product's range. */
public enum CardLimitType {
  /** Card payments in shops and online, per day. */
  DAILY_PAYMENTS,
  /** Cash withdrawals at ATMs, per day. */
  DAILY_WITHDRAWALS
}
