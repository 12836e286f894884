package io.tellerline.privacy.detection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth. A date alone is almost always a booking or transfer date, so only a date with a
 * birth word before it (born, DOB, date of birth, birthday, geboren, Geburtsdatum, geb.) within 40
 * characters, or right after it (within 25), counts. Formats: 12.03.1985, 12/03/85, 03/12/1985
 * (US), 1985-03-12, "12 March 1985", "March 12th, 1985", "12. März 1985"; the day must exist and
 * the year lie between 1900 and today.
 */
final class BirthDateDetector implements Detector {
  private static final String MONTH =
      "(jan(?:uary|uar)?|j[aä]nner|feb(?:ruary|ruar)?|m[aä]r(?:ch|z)?|maerz|apr(?:il)?|ma[iy]"
          + "|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?"
          + "|de[cz](?:ember)?)";
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\p{N}.])(\\d{1,2})([./\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}])");
  private static final Pattern ISO =
      Pattern.compile("(?<![\\p{N}])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}])");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\.? (?:of )?"
              + MONTH
              + "\\.?,? (\\d{4})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("ja", 1),
          Map.entry("jä", 1),
          Map.entry("fe", 2),
          Map.entry("mä", 3),
          Map.entry("ap", 4),
          Map.entry("au", 8),
          Map.entry("se", 9),
          Map.entry("ok", 10),
          Map.entry("oc", 10),
          Map.entry("no", 11),
          Map.entry("de", 12));
  private static final ContextWords BIRTH =
      ContextWords.of(
          "born",
          "dob",
          "d.o.b",
          "date of birth",
          "birth date",
          "birthdate",
          "birthday",
          "geboren",
          "geburtsdatum",
          "geb.",
          "geb am",
          "geburtstag",
          "geb.-datum");

  private final int currentYear = Year.now(ZoneOffset.UTC).getValue();

  @Override
  public void detect(ScannedText text, List<PiiSpan> out) {
    String lower = text.lower();
    // Birth context is required anyway; most messages have none, so look for it first.
    if (!text.hasDigit() || !BIRTH.anyIn(lower)) {
      return;
    }
    Matcher numeric = NUMERIC.matcher(lower);
    while (numeric.find()) {
      int day = Integer.parseInt(numeric.group(1));
      int month = Integer.parseInt(numeric.group(3));
      int year = year(numeric.group(4));
      boolean exists = exists(year, month, day) || exists(year, day, month);
      add(lower, numeric, exists, out);
    }
    Matcher iso = ISO.matcher(lower);
    while (iso.find()) {
      add(lower, iso, exists(num(iso, 1), num(iso, 2), num(iso, 3)), out);
    }
    Matcher dayMonth = DAY_MONTH.matcher(lower);
    while (dayMonth.find()) {
      add(
          lower,
          dayMonth,
          exists(num(dayMonth, 3), month(dayMonth.group(2)), num(dayMonth, 1)),
          out);
    }
    Matcher monthDay = MONTH_DAY.matcher(lower);
    while (monthDay.find()) {
      add(
          lower,
          monthDay,
          exists(num(monthDay, 3), month(monthDay.group(1)), num(monthDay, 2)),
          out);
    }
  }

  private void add(String lower, Matcher m, boolean exists, List<PiiSpan> out) {
    if (exists && BIRTH.near(lower, m.start(), m.end(), 40, 25)) {
      out.add(new PiiSpan(m.start(), m.end(), PiiType.DATE_OF_BIRTH, 0.9));
    }
  }

  /** Two-digit years are read as 19xx or 20xx, whichever is not in the future. */
  private int year(String digits) {
    int year = Integer.parseInt(digits);
    if (digits.length() == 2) {
      int century = 2000 + year <= currentYear ? 2000 : 1900;
      return century + year;
    }
    return year;
  }

  static int month(String name) {
    String key = name.substring(0, 2);
    if (key.equals("ma")) {
      return name.startsWith("mai") || name.startsWith("may") ? 5 : 3;
    }
    if (key.equals("ju")) {
      return name.startsWith("jun") ? 6 : 7;
    }
    return MONTHS.getOrDefault(key, 0);
  }

  private boolean exists(int year, int month, int day) {
    if (year < 1900 || year > currentYear) {
      return false;
    }
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException noSuchDay) {
      return false;
    }
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
