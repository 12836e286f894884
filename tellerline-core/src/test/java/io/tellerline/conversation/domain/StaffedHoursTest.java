package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StaffedHoursTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void weekdaysDuringOfficeHoursInTheBanksTimeZone() {
    StaffedHours hours = StaffedHours.parse("MON-FRI 08:00-18:00", BERLIN);
    // Tuesday 2026-11-24: 08:00 Berlin is 07:00 UTC.
    assertTrue(hours.staffedAt(Instant.parse("2026-11-24T07:00:00Z")));
    assertFalse(hours.staffedAt(Instant.parse("2026-11-24T06:59:59Z")));
    assertFalse(hours.staffedAt(Instant.parse("2026-11-24T17:00:00Z")));
    assertFalse(hours.staffedAt(Instant.parse("2026-11-28T10:00:00Z")), "Saturday");
  }

  @Test
  void roundTheClockAndWrappingWeeks() {
    StaffedHours always = StaffedHours.parse("MON-SUN 00:00-24:00", BERLIN);
    assertTrue(always.staffedAt(Instant.parse("2026-11-28T22:59:59Z")));
    StaffedHours weekend = StaffedHours.parse("SAT-MON 10:00-12:00", BERLIN);
    assertTrue(weekend.staffedAt(Instant.parse("2026-11-29T10:30:00Z")), "Sunday");
    assertFalse(weekend.staffedAt(Instant.parse("2026-11-25T10:30:00Z")), "Wednesday");
  }

  @Test
  void rejectsOtherFormats() {
    assertThrows(IllegalArgumentException.class, () -> StaffedHours.parse("9 to 5", BERLIN));
    assertThrows(
        IllegalArgumentException.class, () -> StaffedHours.parse("MON-XYZ 08:00-18:00", BERLIN));
  }
}
