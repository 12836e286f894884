package io.tellerline.conversation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days named relative to today, in English and German: a day of the month ("on the 1st", "on the
 * first", "am Ersten", "am 15.") and a weekday ("on Friday", "am Freitag"). A transfer is for the
 * next such day; a question about transactions is about the last one.
 */
final class DayWords {

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fifteenth", 15),
          Map.entry("ersten", 1),
          Map.entry("zweiten", 2),
          Map.entry("dritten", 3),
          Map.entry("fünfzehnten", 15),
          Map.entry("fuenfzehnten", 15));

  private static final Pattern DAY_OF_MONTH =
      Pattern.compile(
          "(?:\\bon the|\\bam|\\bzum)\\s+(?:(\\d{1,2})(?:st|nd|rd|th|\\.)(?!\\d)|(\\p{L}+))",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("monday", DayOfWeek.MONDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY),
          Map.entry("thursday", DayOfWeek.THURSDAY),
          Map.entry("friday", DayOfWeek.FRIDAY),
          Map.entry("saturday", DayOfWeek.SATURDAY),
          Map.entry("sunday", DayOfWeek.SUNDAY),
          Map.entry("montag", DayOfWeek.MONDAY),
          Map.entry("dienstag", DayOfWeek.TUESDAY),
          Map.entry("mittwoch", DayOfWeek.WEDNESDAY),
          Map.entry("donnerstag", DayOfWeek.THURSDAY),
          Map.entry("freitag", DayOfWeek.FRIDAY),
          Map.entry("samstag", DayOfWeek.SATURDAY),
          Map.entry("sonntag", DayOfWeek.SUNDAY));

  private static final Pattern WORD = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS);

  private DayWords() {}

  /** The day of the month the text names, if any ("on the 1st" → 1). */
  static Optional<Integer> dayOfMonth(String text) {
    Matcher m = DAY_OF_MONTH.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      Integer day = m.group(1) != null ? Integer.valueOf(m.group(1)) : ORDINALS.get(m.group(2));
      if (day != null && day >= 1 && day <= 31) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  static Optional<DayOfWeek> weekday(String text) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      DayOfWeek day = WEEKDAYS.get(m.group());
      if (day != null) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /** The named day today or after it: for a payment to be made. */
  static Optional<LocalDate> next(String text, LocalDate today) {
    Optional<Integer> day = dayOfMonth(text);
    if (day.isPresent()) {
      LocalDate thisMonth = onDay(YearMonth.from(today), day.get());
      return Optional.of(
          thisMonth.isBefore(today)
              ? onDay(YearMonth.from(today).plusMonths(1), day.get())
              : thisMonth);
    }
    return weekday(text).map(w -> today.with(TemporalAdjusters.nextOrSame(w)));
  }

  /** The named day today or before it: for a question about what happened. */
  static Optional<LocalDate> last(String text, LocalDate today) {
    Optional<Integer> day = dayOfMonth(text);
    if (day.isPresent()) {
      LocalDate thisMonth = onDay(YearMonth.from(today), day.get());
      return Optional.of(
          thisMonth.isAfter(today)
              ? onDay(YearMonth.from(today).minusMonths(1), day.get())
              : thisMonth);
    }
    return weekday(text).map(w -> today.with(TemporalAdjusters.previousOrSame(w)));
  }

  /** The 31st of a 30-day month is its last day. */
  private static LocalDate onDay(YearMonth month, int day) {
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }
}
