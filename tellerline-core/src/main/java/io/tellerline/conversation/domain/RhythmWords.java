package io.tellerline.conversation.domain;

import io.tellerline.banking.domain.Rhythm;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How often a standing order should pay, in English or German: "weekly", "every Monday", "jede
 * Woche"; "monthly", "every month", "jeden Monat", or a day of the month alone ("on the 1st", "am
 * 1."); "quarterly", "every three months", "vierteljährlich"; "yearly", "once a year", "jährlich".
 * Every two weeks or half-yearly are not rhythms the chat sets up: they read as none.
 */
public final class RhythmWords {

  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
  private static final String WEEKDAY =
      "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch"
          + "|donnerstag|freitag|samstag|sonntag)";

  private static final Pattern QUARTERLY =
      Pattern.compile(
          "\\b(?:quarterly|every (?:three|3) months|(?:each|every|per|a) quarter"
              + "|vierteljährlich\\w*|vierteljaehrlich\\w*|quartalsweise|(?:jedes|pro|im) quartal"
              + "|alle (?:drei|3) monate)\\b",
          FLAGS);
  private static final Pattern YEARLY =
      Pattern.compile(
          "\\b(?:yearly|annually|annual|(?:each|every|per|once a|a) year|jährlich\\w*"
              + "|jaehrlich\\w*|(?:jedes|pro|im) jahr|einmal im jahr)\\b",
          FLAGS);
  private static final Pattern WEEKLY =
      Pattern.compile(
          "\\b(?:weekly|(?:each|every|per|once a|a) week|wöchentlich\\w*|woechentlich\\w*"
              + "|(?:jede|pro) woche|einmal die woche|every "
              + WEEKDAY
              + "|jeden "
              + WEEKDAY
              + ")\\b",
          FLAGS);
  private static final Pattern MONTHLY =
      Pattern.compile(
          "\\b(?:monthly|(?:each|every|per|once a|a) month|monatlich\\w*|(?:jeden|pro|im) monat"
              + "|einmal im monat)\\b",
          FLAGS);

  private RhythmWords() {}

  /** The rhythm the text names, or monthly when it names only a day of the month. */
  public static Optional<Rhythm> of(String text) {
    return named(text)
        .or(
            () ->
                DayWords.dayOfMonth(text).isPresent()
                    ? Optional.of(Rhythm.MONTHLY)
                    : Optional.empty());
  }

  /** The rhythm the text names in so many words. */
  public static Optional<Rhythm> named(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (QUARTERLY.matcher(lower).find()) {
      return Optional.of(Rhythm.QUARTERLY);
    }
    if (YEARLY.matcher(lower).find()) {
      return Optional.of(Rhythm.YEARLY);
    }
    if (WEEKLY.matcher(lower).find()) {
      return Optional.of(Rhythm.WEEKLY);
    }
    return MONTHLY.matcher(lower).find() ? Optional.of(Rhythm.MONTHLY) : Optional.empty();
  }
}
