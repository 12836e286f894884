package io.tellerline.insight.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

/** Small helpers of the generator: money rounding, random amounts, monthly booking days. */
final class Schedule {

  private Schedule() {}

  static BigDecimal euros(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal between(Random random, double low, double high) {
    return euros(low + random.nextDouble() * (high - low));
  }

  /** The booking day of a monthly payment due on {@code dayOfMonth}: weekends move to Monday. */
  static LocalDate monthly(LocalDate anyDayOfMonth, int dayOfMonth) {
    LocalDate due =
        anyDayOfMonth.withDayOfMonth(Math.min(dayOfMonth, anyDayOfMonth.lengthOfMonth()));
    if (due.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return due.plusDays(2);
    }
    return due.getDayOfWeek() == DayOfWeek.SUNDAY ? due.plusDays(1) : due;
  }

  /** The salary's booking day: weekends move back to Friday (paid early, as employers do). */
  static LocalDate payday(LocalDate anyDayOfMonth, int dayOfMonth) {
    LocalDate due =
        anyDayOfMonth.withDayOfMonth(Math.min(dayOfMonth, anyDayOfMonth.lengthOfMonth()));
    if (due.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return due.minusDays(1);
    }
    return due.getDayOfWeek() == DayOfWeek.SUNDAY ? due.minusDays(2) : due;
  }

  static boolean weekday(LocalDate day) {
    return day.getDayOfWeek().getValue() <= 5;
  }

  /** More spending in December, a little less in January and August. */
  static double season(LocalDate day) {
    return switch (day.getMonth()) {
      case DECEMBER -> 1.3;
      case JANUARY, AUGUST -> 0.85;
      default -> 1.0;
    };
  }
}
