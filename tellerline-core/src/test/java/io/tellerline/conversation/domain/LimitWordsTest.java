package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.banking.domain.CardLimitType;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LimitWordsTest {

  private static final Set<String> CARDS = Set.of("4242", "5100");

  @Test
  void theLimitIsNamedInEnglishOrGerman() {
    assertEquals(
        Optional.of(CardLimitType.DAILY_WITHDRAWALS), LimitWords.type("raise my ATM limit"));
    assertEquals(
        Optional.of(CardLimitType.DAILY_WITHDRAWALS), LimitWords.type("Limit für Bargeld"));
    assertEquals(Optional.of(CardLimitType.DAILY_PAYMENTS), LimitWords.type("my spending limit"));
    assertEquals(
        Optional.of(CardLimitType.DAILY_PAYMENTS), LimitWords.type("Kartenzahlungen erhöhen"));
    assertEquals(Optional.empty(), LimitWords.type("can you raise my card limit to 5000"));
    assertEquals(Optional.empty(), LimitWords.type("cash and payments"));
  }

  @Test
  void theAmountIsTheOneNumberThatIsNoCard() {
    assertEquals(amount("5000"), LimitWords.amount("raise my card limit to 5000", CARDS));
    assertEquals(amount("800"), LimitWords.amount("ATM limit of card 4242 to 800", CARDS));
    assertEquals(amount("1500"), LimitWords.amount("Limit auf 1.500 €", CARDS));
    assertEquals(amount("1500"), LimitWords.amount("limit to €1,500", CARDS));
    assertEquals(amount("250.50"), LimitWords.amount("250,50", CARDS));
    assertEquals(amount("4242"), LimitWords.amount("4242 €", CARDS), "with a currency it is one");
    assertEquals(Optional.empty(), LimitWords.amount("card 4242", CARDS));
    assertEquals(Optional.empty(), LimitWords.amount("800 or 900", CARDS));
  }

  private static Optional<BigDecimal> amount(String value) {
    return Optional.of(new BigDecimal(value));
  }
}
