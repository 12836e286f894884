package io.tellerline.conversation.application.intents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the assistant writes dates for people: "1 December 2026", "1. Dezember 2026". */
final class Formats {

  private Formats() {}

  static String date(LocalDate date, Locale language) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
  }
}
