package io.tellerline.insight.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.banking.domain.Money;
import io.tellerline.insight.domain.Insight;
import io.tellerline.insight.domain.InsightKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InsightTextsTest {

  private final Insight rise =
      new Insight(
          InsightKind.PRICE_RISE,
          "price-rise/1",
          "0123456789abcdef",
          "price-rise",
          List.of(
              "Netflix",
              Money.of("17.99", "EUR"),
              LocalDate.of(2026, 12, 3),
              6,
              Money.of("13.99", "EUR")));

  @Test
  void theReasonIsInPlainWordsInHerLanguage() {
    assertEquals(
        "Netflix charged €17.99 on 3 Dec; the 6 months before it was €13.99.",
        InsightTexts.reason(rise, Locale.ENGLISH));
    assertEquals(
        "Netflix hat am 3. Dezember 17,99\u00a0€ abgebucht; in den 6 Monaten davor waren es"
            + " 13,99\u00a0€.",
        InsightTexts.reason(rise, Locale.GERMAN));
    assertEquals("en", InsightTexts.languageFor(Locale.FRENCH));
  }

  @Test
  void everyReasonHasATextInEveryLanguage() {
    for (String reason :
        List.of(
            "price-rise",
            "unusual-debit.new-merchant",
            "unusual-debit.known-merchant",
            "duplicate-charge.same-day",
            "duplicate-charge.next-day",
            "low-balance")) {
      Insight insight =
          new Insight(InsightKind.PRICE_RISE, "r/1", "0123456789abcdef", reason, rise.facts());
      for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
        assertEquals(false, InsightTexts.reason(insight, language).contains("{"), reason);
      }
    }
  }
}
