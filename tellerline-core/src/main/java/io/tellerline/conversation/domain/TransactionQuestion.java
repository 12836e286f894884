package io.tellerline.conversation.domain;

import io.tellerline.banking.domain.TransactionQuery;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the slots of a question about transactions, in English or German: the period ("last month",
 * "im Oktober", "in the last 7 days"), a merchant the customer has paid, a category ("groceries",
 * "Lebensmittel"), a minimum amount ("over 50 euros", "über 50 €", "größer als 300"), a day
 * ("yesterday", "on the 1st", "am Freitag") and the direction: money that came in (salary, refunds,
 * "did Tom pay me") or went out. What is not said takes defaults: the last 30 days, all merchants
 * and categories, money that went out.
 */
public final class TransactionQuestion {

  /** Category codes of the core-banking system and the words (or German word starts) for them. */
  private static final Map<String, List<String>> CATEGORIES =
      Map.ofEntries(
          Map.entry(
              "groceries",
              List.of("grocer", "supermarket", "food shop", "lebensmittel", "supermarkt")),
          Map.entry("fuel", List.of("fuel", "petrol", "gas station", "tank", "benzin", "diesel")),
          Map.entry("shopping", List.of("shopping", "clothes", "kleidung", "einkaufsbummel")),
          Map.entry("travel", List.of("travel", "train", "reise", "bahn", "zug")),
          Map.entry(
              "eating_out",
              List.of("restaurant", "eating out", "cafe", "café", "coffee", "essen gehen")),
          Map.entry("health", List.of("pharmac", "health", "apothek", "gesundheit", "medizin")),
          Map.entry("rent", List.of("rent", "miete")),
          Map.entry("salary", List.of("salary", "wage", "gehalt", "lohn")),
          Map.entry("entertainment", List.of("entertainment", "streaming", "unterhaltung")),
          Map.entry("utilities", List.of("electricity", "utilit", "strom", "nebenkosten")),
          Map.entry("savings", List.of("saving", "sparen", "spar")));

  private static final Pattern LAST_DAYS =
      Pattern.compile("(?:last|past|letzten|vergangenen)\\s+(\\d{1,3})\\s+(?:days|tage)");
  private static final Pattern MINIMUM =
      Pattern.compile(
          "(?:over|more than|above|at least|larger than|bigger than|greater than|higher than|über"
              + "|ueber|mehr als|mindestens|größer als|groesser als|höher als|hoeher als)"
              + "\\s*(?:€|eur|euro|£|\\$)?\\s*"
              + "(\\d{1,7}(?:[.,]\\d{1,2})?)");

  /** "Hat Anna mir das Geld geschickt?": money sent to the customer. */
  private static final Pattern INCOMING_TO_ME =
      Pattern.compile(
          " mir .*(geschickt|überwiesen|ueberwiesen|gezahlt|zurückgezahlt|zurueckgezahlt|gesendet)");

  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("january", Month.JANUARY),
          Map.entry("januar", Month.JANUARY),
          Map.entry("jänner", Month.JANUARY),
          Map.entry("february", Month.FEBRUARY),
          Map.entry("februar", Month.FEBRUARY),
          Map.entry("march", Month.MARCH),
          Map.entry("märz", Month.MARCH),
          Map.entry("maerz", Month.MARCH),
          Map.entry("april", Month.APRIL),
          Map.entry("may", Month.MAY),
          Map.entry("mai", Month.MAY),
          Map.entry("june", Month.JUNE),
          Map.entry("juni", Month.JUNE),
          Map.entry("july", Month.JULY),
          Map.entry("juli", Month.JULY),
          Map.entry("august", Month.AUGUST),
          Map.entry("september", Month.SEPTEMBER),
          Map.entry("october", Month.OCTOBER),
          Map.entry("oktober", Month.OCTOBER),
          Map.entry("november", Month.NOVEMBER),
          Map.entry("december", Month.DECEMBER),
          Map.entry("dezember", Month.DECEMBER));

  private TransactionQuestion() {}

  /**
   * @param text the customer's message (masked: personal data replaced)
   * @param counterparties the merchants and payers the customer's transactions name
   */
  public static TransactionQuery parse(String text, LocalDate today, List<String> counterparties) {
    String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[?!.,;:](?=\\s|$)", " ") + " ";
    LocalDate[] range = period(lower, today);
    Optional<String> category = category(lower);
    Optional<String> merchant = merchant(lower, counterparties);
    boolean received = category.filter("salary"::equals).isPresent() || incoming(lower);
    return new TransactionQuery(range[0], range[1], merchant, category, minimum(lower), !received);
  }

  /**
   * Whether the customer asks about money that came in: salary, refunds, "did Tom pay me", "hat
   * Anna mir das Geld geschickt", rather than money that went out.
   */
  private static boolean incoming(String lower) {
    return containsAny(
            lower,
            " received",
            " got paid",
            " incoming",
            " came in",
            " come in",
            " arrived",
            " paid me",
            " pay me",
            " sent me",
            " refund",
            " eingang",
            " eingänge",
            " eingegangen",
            " reingekommen",
            " gutschrift",
            " erstattung",
            " bekommen",
            " erhalten")
        || INCOMING_TO_ME.matcher(lower).find();
  }

  private static LocalDate[] period(String lower, LocalDate today) {
    Matcher days = LAST_DAYS.matcher(lower);
    if (days.find()) {
      int n = Math.max(1, Math.min(366, Integer.parseInt(days.group(1))));
      return new LocalDate[] {today.minusDays(n - 1L), today};
    }
    if (containsAny(
        lower,
        "last month",
        "previous month",
        "letzten monat",
        "letzter monat",
        "vorigen monat",
        "vormonat")) {
      YearMonth last = YearMonth.from(today).minusMonths(1);
      return new LocalDate[] {last.atDay(1), last.atEndOfMonth()};
    }
    if (containsAny(lower, "this month", "diesen monat", "dieser monat", "diesem monat")) {
      return new LocalDate[] {today.withDayOfMonth(1), today};
    }
    if (containsAny(
        lower, "last week", "previous week", "letzte woche", "letzten woche", "vorige woche")) {
      LocalDate monday =
          today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
      return new LocalDate[] {monday, monday.plusDays(6)};
    }
    if (containsAny(lower, "this week", "diese woche", "dieser woche")) {
      return new LocalDate[] {
        today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today
      };
    }
    if (containsAny(lower, " day before yesterday ", " vorgestern ")) {
      return new LocalDate[] {today.minusDays(2), today.minusDays(2)};
    }
    if (containsAny(lower, " yesterday ", " gestern ")) {
      return new LocalDate[] {today.minusDays(1), today.minusDays(1)};
    }
    if (containsAny(lower, " today ", " heute ")) {
      return new LocalDate[] {today, today};
    }
    if (containsAny(lower, "last year", "letztes jahr", "letzten jahr", "vorjahr")) {
      int year = today.getYear() - 1;
      return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }
    if (containsAny(lower, "this year", "dieses jahr", "diesem jahr")) {
      return new LocalDate[] {today.withDayOfYear(1), today};
    }
    Optional<LocalDate> day = DayWords.last(lower, today);
    if (day.isPresent()) {
      return new LocalDate[] {day.get(), day.get()};
    }
    Optional<Month> month =
        MONTHS.entrySet().stream()
            .filter(e -> lower.contains(" " + e.getKey() + " "))
            .map(Map.Entry::getValue)
            .findFirst();
    if (month.isPresent()) {
      YearMonth asked = YearMonth.of(today.getYear(), month.get());
      if (asked.isAfter(YearMonth.from(today))) {
        asked = asked.minusYears(1);
      }
      LocalDate end = asked.atEndOfMonth();
      return new LocalDate[] {asked.atDay(1), end.isAfter(today) ? today : end};
    }
    return new LocalDate[] {today.minusDays(29), today};
  }

  private static Optional<String> category(String lower) {
    return CATEGORIES.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(word -> lower.contains(" " + word)))
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst();
  }

  /** The longest counterparty named in the text, so "Café Central" wins over "Café". */
  private static Optional<String> merchant(String lower, List<String> counterparties) {
    return counterparties.stream()
        .filter(c -> c.length() >= 3 && lower.contains(" " + c.toLowerCase(Locale.ROOT)))
        .max(Comparator.comparingInt(String::length));
  }

  private static Optional<BigDecimal> minimum(String lower) {
    Matcher m = MINIMUM.matcher(lower);
    return m.find() ? Optional.of(new BigDecimal(m.group(1).replace(',', '.'))) : Optional.empty();
  }

  private static boolean containsAny(String text, String... phrases) {
    for (String phrase : phrases) {
      if (text.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
