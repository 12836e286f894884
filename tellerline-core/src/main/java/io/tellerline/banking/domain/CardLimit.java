package io.tellerline.banking.domain;

import java.util.Objects;

/**
 * One daily limit of a card: its current amount and the range the card's product allows (all in the
 * card's currency).
 */
public record CardLimit(CardLimitType type, Money amount, Money minimum, Money maximum) {

  public CardLimit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(maximum, "maximum");
    if (!amount.currency().equals(minimum.currency())
        || !amount.currency().equals(maximum.currency())) {
      throw new IllegalArgumentException("a limit and its range share one currency");
    }
  }

  /** Whether the product allows this amount: in the limit's currency and within its range. */
  public boolean allows(Money requested) {
    return requested.currency().equals(amount.currency())
        && requested.amount().compareTo(minimum.amount()) >= 0
        && requested.amount().compareTo(maximum.amount()) <= 0;
  }
}
