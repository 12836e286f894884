package io.tellerline.banking.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What a chat may show of a card: scheme, last four digits, status, expiry. Never the full PAN. */
public record CardSummary(
    UUID cardId, String scheme, String panLast4, CardStatus status, LocalDate expiresOn) {

  public CardSummary {
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expiresOn, "expiresOn");
    if (panLast4 == null || !panLast4.matches("\\d{4}")) {
      throw new IllegalArgumentException("panLast4 must be four digits");
    }
  }
}
