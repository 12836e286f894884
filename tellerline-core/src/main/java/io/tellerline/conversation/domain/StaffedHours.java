package io.tellerline.conversation.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When branch staff answer chats, e.g. {@code MON-FRI 08:00-18:00} in a time zone; {@code 24:00} as
 * the end means midnight. Outside these hours customers are told they may leave a message.
 */
public record StaffedHours(
    DayOfWeek firstDay, DayOfWeek lastDay, LocalTime from, LocalTime to, ZoneId zone) {

  private static final Pattern FORMAT =
      Pattern.compile("([A-Z]{3})-([A-Z]{3}) (\\d\\d:\\d\\d)-(\\d\\d:\\d\\d)");

  /**
   * @throws IllegalArgumentException for anything but {@code DAY-DAY HH:MM-HH:MM}
   */
  public static StaffedHours parse(String text, ZoneId zone) {
    Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("staffed hours must look like MON-FRI 08:00-18:00");
    }
    return new StaffedHours(
        day(m.group(1)), day(m.group(2)), LocalTime.parse(m.group(3)), end(m.group(4)), zone);
  }

  public boolean staffedAt(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    int day = local.getDayOfWeek().getValue();
    boolean onDay =
        firstDay.getValue() <= lastDay.getValue()
            ? day >= firstDay.getValue() && day <= lastDay.getValue()
            : day >= firstDay.getValue() || day <= lastDay.getValue();
    LocalTime time = local.toLocalTime();
    return onDay && !time.isBefore(from) && (time.isBefore(to) || to.equals(LocalTime.MAX));
  }

  private static LocalTime end(String text) {
    return text.equals("24:00") ? LocalTime.MAX : LocalTime.parse(text);
  }

  private static DayOfWeek day(String abbreviation) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(abbreviation)) {
        return day;
      }
    }
    throw new IllegalArgumentException("unknown day " + abbreviation);
  }
}
