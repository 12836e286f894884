package io.tellerline.conversation.domain;

import io.tellerline.banking.domain.Payee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slots of a transfer in a customer's (masked) message, in English or German: an amount with a
 * currency word or sign ("50 euros", "€50", "50,00 €"), a bare number right after the verb ("pay my
 * landlord 980", "send 50 to Tom") or when the assistant asked for the amount, a saved payee by
 * name or first or last name, and the date ("today", "tomorrow", "morgen", "15.12.2026", "15.12.",
 * "on the 1st", "am Ersten", "on Friday").
 */
public final class TransferSlots {

  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?:€|eur\\b|euro\\b)\\s*(\\d{1,6}(?:[.,]\\d{1,2})?)"
              + "|(\\d{1,6}(?:[.,]\\d{1,2})?)\\s*(?:€|eur\\b|euros?\\b)");

  /** "pay my landlord 980", "send 50 to Tom": a bare number within three words of the verb. */
  private static final Pattern AMOUNT_AFTER_VERB =
      Pattern.compile(
          "\\b(?:pay|send|transfer|überweise|ueberweise|überweis|zahle|zahl|schicke|schick)\\b"
              + "(?:\\s+[^\\s\\d]\\S*){0,3}\\s+(\\d{1,6}(?:[.,]\\d{1,2})?)(?!\\d|[.,]\\d|st\\b|nd\\b|rd\\b|th\\b)",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern BARE_AMOUNT = Pattern.compile("\\s*(\\d{1,6}(?:[.,]\\d{1,2})?)\\s*");
  private static final Pattern DATE =
      Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?(?!\\d)");

  private TransferSlots() {}

  public static Optional<BigDecimal> amount(String text, boolean bareNumberAllowed) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = AMOUNT.matcher(lower);
    if (m.find()) {
      return Optional.of(number(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    Matcher afterVerb = AMOUNT_AFTER_VERB.matcher(lower);
    if (afterVerb.find()) {
      return Optional.of(number(afterVerb.group(1)));
    }
    Matcher bare = BARE_AMOUNT.matcher(lower);
    return bareNumberAllowed && bare.matches()
        ? Optional.of(number(bare.group(1)))
        : Optional.empty();
  }

  /** The payee whose full name, or one name of at least three letters, the text contains. */
  public static Optional<Payee> payee(String text, List<Payee> payees) {
    String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ") + " ";
    return payees.stream()
        .filter(p -> mentions(lower, p.name()))
        .max(Comparator.comparingInt(p -> p.name().length()));
  }

  public static Optional<LocalDate> date(String text, LocalDate today) {
    String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
    if (lower.contains(" tomorrow") || lower.contains(" morgen")) {
      return Optional.of(today.plusDays(1));
    }
    if (lower.contains(" today") || lower.contains(" heute") || lower.contains(" now ")) {
      return Optional.of(today);
    }
    Matcher m = DATE.matcher(lower);
    if (!m.find()) {
      return DayWords.next(lower, today);
    }
    try {
      int year = m.group(3) == null ? today.getYear() : Integer.parseInt(m.group(3));
      LocalDate date =
          LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      return Optional.of(m.group(3) == null && date.isBefore(today) ? date.plusYears(1) : date);
    } catch (java.time.DateTimeException notADate) {
      return Optional.empty();
    }
  }

  private static boolean mentions(String lower, String name) {
    String full = name.toLowerCase(Locale.ROOT);
    if (lower.contains(" " + full + " ")) {
      return true;
    }
    for (String part : full.split("\\s+")) {
      if (part.length() >= 3 && lower.contains(" " + part + " ")) {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal number(String text) {
    return new BigDecimal(text.replace(',', '.'));
  }
}
