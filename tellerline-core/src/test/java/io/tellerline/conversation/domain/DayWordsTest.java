package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayWordsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24); // a Tuesday

  @ParameterizedTest
  @CsvSource({
    "'pay my landlord 980 on the 1st', 2026-12-01, 2026-11-01",
    "'zahl meinem Vermieter 980 am Ersten', 2026-12-01, 2026-11-01",
    "'am 1. bitte', 2026-12-01, 2026-11-01",
    "'on the 24th', 2026-11-24, 2026-11-24",
    "'on the 30th', 2026-11-30, 2026-10-30",
    "'on Friday', 2026-11-27, 2026-11-20",
    "'am Freitag', 2026-11-27, 2026-11-20",
    "'on tuesday', 2026-11-24, 2026-11-24",
  })
  void readsTheNextAndTheLastNamedDay(String text, LocalDate next, LocalDate last) {
    assertEquals(Optional.of(next), DayWords.next(text, TODAY), text);
    assertEquals(Optional.of(last), DayWords.last(text, TODAY), text);
  }

  @Test
  void theThirtyFirstOfAShortMonthIsItsLastDay() {
    assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), DayWords.next("on the 31st", TODAY));
  }

  @Test
  void nothingWhereNoDayIsNamed() {
    assertEquals(Optional.empty(), DayWords.next("send 50 euros to Mia", TODAY));
    assertEquals(Optional.empty(), DayWords.last("am Automaten abgehoben", TODAY));
    assertEquals(Optional.empty(), DayWords.next("on the 45th", TODAY));
  }
}
