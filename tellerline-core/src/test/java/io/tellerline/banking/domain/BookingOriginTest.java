package io.tellerline.banking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingOriginTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  @Test
  void aBookingBuiltTheOldWayHasNoOriginAndEqualsItsTwin() {
    Transaction old = new Transaction(DAY, Money.of("-13.99", "EUR"), "Netflix", "tv", "3000");
    assertTrue(old.origin().isUnknown());
    assertEquals(
        old,
        new Transaction(DAY, Money.of("-13.99", "EUR"), "Netflix", "tv", "3000", null),
        "a null origin means unknown");
    Transaction card = old.from(BookingOrigin.card(DAY.atTime(21, 14, 5), "A93K2Q"));
    assertEquals(Optional.of("A93K2Q"), card.origin().authorisation());
    assertEquals(old.bookedOn(), card.bookedOn());
  }

  @Test
  void blankReferencesAreNoneAndACardPaymentIsNoDirectDebit() {
    BookingOrigin blank = new BookingOrigin(null, "  ", "");
    assertTrue(blank.isUnknown());
    assertEquals(Optional.of("NFX-1"), BookingOrigin.directDebit(" NFX-1 ").mandate());
    LocalDateTime at = DAY.atTime(9, 0);
    assertThrows(IllegalArgumentException.class, () -> new BookingOrigin(at, "A1", "NFX-1"));
  }
}
