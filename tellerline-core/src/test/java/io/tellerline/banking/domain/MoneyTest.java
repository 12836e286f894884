package io.tellerline.banking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void holdsTheCurrencyScaleWithBankersRounding() {
    assertEquals("10.12", Money.of("10.125", "EUR").amount().toPlainString());
    assertEquals("10.14", Money.of("10.135", "EUR").amount().toPlainString());
    assertEquals("1500", Money.of("1500.4", "JPY").amount().toPlainString());
  }

  @Test
  void equalAmountsAreEqualWhateverTheWrittenScale() {
    assertEquals(Money.of("5", "EUR"), Money.of("5.000", "EUR"));
  }

  @Test
  void addsOnlyTheSameCurrency() {
    assertEquals(Money.of("3.50", "EUR"), Money.of("1.25", "EUR").plus(Money.of("2.25", "EUR")));
    assertThrows(
        IllegalArgumentException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "GBP")));
  }

  @Test
  void formatsForTheCustomersLanguage() {
    assertEquals("€1,234.50", Money.of("1234.5", "EUR").format(Locale.ENGLISH));
    String german = Money.of("1234.5", "EUR").format(Locale.GERMANY);
    assertTrue(german.startsWith("1.234,50") && german.endsWith("€"), german);
    assertTrue(Money.of("-0.01", "EUR").isNegative());
  }
}
