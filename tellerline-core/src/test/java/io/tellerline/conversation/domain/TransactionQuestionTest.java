package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.TransactionQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransactionQuestionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24); // a Tuesday
  private static final List<String> MERCHANTS =
      List.of("REWE", "Café Central", "Deutsche Bahn", "Lidl");

  private static TransactionQuery parse(String text) {
    return TransactionQuestion.parse(text, TODAY, MERCHANTS);
  }

  @Test
  void groceriesLastMonthInEnglishAndGerman() {
    for (String text :
        List.of(
            "How much did I spend on groceries last month?",
            "Wie viel habe ich letzten Monat für Lebensmittel ausgegeben?")) {
      TransactionQuery query = parse(text);
      assertEquals(LocalDate.of(2026, 10, 1), query.from(), text);
      assertEquals(LocalDate.of(2026, 10, 31), query.to(), text);
      assertEquals(Optional.of("groceries"), query.category(), text);
      assertTrue(query.paymentsOnly());
    }
  }

  @Test
  void merchantMonthAndMinimumAmount() {
    TransactionQuery query = parse("Show my REWE payments over 20 euros in October");
    assertEquals(Optional.of("REWE"), query.counterparty());
    assertEquals(Optional.of(new BigDecimal("20")), query.minimumAmount());
    assertEquals(LocalDate.of(2026, 10, 1), query.from());
    assertEquals(
        Optional.of("Café Central"), parse("Was habe ich im Café Central bezahlt?").counterparty());
    assertEquals(
        Optional.of(new BigDecimal("49.90")), parse("Zahlungen über 49,90 €").minimumAmount());
  }

  @Test
  void relativePeriodsAndDefaults() {
    assertEquals(LocalDate.of(2026, 11, 18), parse("spending in the last 7 days").from());
    TransactionQuery lastWeek = parse("what did I pay last week");
    assertEquals(LocalDate.of(2026, 11, 16), lastWeek.from());
    assertEquals(LocalDate.of(2026, 11, 22), lastWeek.to());
    assertEquals(LocalDate.of(2026, 11, 1), parse("Ausgaben diesen Monat").from());
    assertEquals(LocalDate.of(2025, 12, 1), parse("spending in December").from(), "last December");
    TransactionQuery plain = parse("search my transactions");
    assertEquals(TODAY.minusDays(29), plain.from());
    assertEquals(TODAY, plain.to());
    assertTrue(plain.category().isEmpty() && plain.counterparty().isEmpty());
  }

  @Test
  void salaryIsMoneyReceived() {
    TransactionQuery salary = parse("When did I get my salary last month?");
    assertEquals(Optional.of("salary"), salary.category());
    assertFalse(salary.paymentsOnly());
  }

  @Test
  void moneyThatCameInRatherThanWentOut() {
    for (String text :
        List.of(
            "did my salary come in yet",
            "did tom pay me back",
            "any refunds this month",
            "show incoming payments",
            "ist mein Gehalt schon eingegangen",
            "hat anna mir das geld geschickt",
            "was ist letzte woche reingekommen")) {
      assertFalse(parse(text).paymentsOnly(), text);
    }
    assertTrue(parse("what did I pay yesterday").paymentsOnly());
  }

  @Test
  void amountThresholdsInEveryWording() {
    for (String text :
        List.of(
            "any big payments over 500 euros recently",
            "payments larger than 500",
            "zahlungen größer als 500 euro",
            "gab es zahlungen über 500 €")) {
      assertEquals(Optional.of(new BigDecimal("500")), parse(text).minimumAmount(), text);
    }
  }

  @Test
  void relativeDays() {
    TransactionQuery first = parse("what did I spend on the 1st");
    assertEquals(LocalDate.of(2026, 11, 1), first.from());
    assertEquals(LocalDate.of(2026, 11, 1), first.to());
    TransactionQuery friday = parse("Was habe ich am Freitag bezahlt?");
    assertEquals(LocalDate.of(2026, 11, 20), friday.from());
    TransactionQuery beforeYesterday = parse("Was ging vorgestern raus?");
    assertEquals(LocalDate.of(2026, 11, 22), beforeYesterday.from());
  }
}
