package io.tellerline.console.kpi;

import io.tellerline.conversation.domain.KpiDimension;
import io.tellerline.conversation.domain.KpiPeriod;
import io.tellerline.kernel.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What the dashboard and its CSV export are asked for, checked at the boundary: two days ({@code
 * 2031-01-31}, UTC; the period runs from the first day's start to the end of the second) and a
 * dimension. Empty days mean the last 30 days.
 */
public record KpiRequest(KpiPeriod period, KpiDimension dimension) {

  static final int DEFAULT_DAYS = 30;

  public static KpiRequest of(String from, String to, String dimension, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate last = day(to, today);
    LocalDate first = day(from, last.minusDays(DEFAULT_DAYS - 1L));
    KpiDimension grouped;
    try {
      grouped =
          dimension == null || dimension.isBlank()
              ? KpiDimension.DAY
              : KpiDimension.valueOf(dimension.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("dimension", "kpi.period_invalid");
    }
    try {
      return new KpiRequest(
          new KpiPeriod(
              first.atStartOfDay(ZoneOffset.UTC).toInstant(),
              last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
          grouped);
    } catch (IllegalArgumentException outOfBounds) {
      throw new InvalidInputException("from", "kpi.period_invalid");
    }
  }

  private static LocalDate day(String text, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    if (text.length() > 10) {
      throw new InvalidInputException("from", "kpi.period_invalid");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException malformed) {
      throw new InvalidInputException("from", "kpi.period_invalid");
    }
  }
}
