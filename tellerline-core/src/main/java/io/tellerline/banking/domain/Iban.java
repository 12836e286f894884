package io.tellerline.banking.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An International Bank Account Number (ISO 13616) whose country length and MOD 97-10 check digits
 * (ISO 7064) are right. It is never printed whole: {@link #toString} shows the country and the last
 * four characters only, so an IBAN that reaches a log by mistake discloses no more than a statement
 * does. {@link #value} is for the core-banking system alone.
 */
public final class Iban {

  /** Longer input is not an IBAN (34 characters in groups of four with separators fit in 50). */
  private static final int MAX_TYPED = 50;

  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]");

  /** IBAN lengths per country, from the SWIFT IBAN registry. */
  private static final Map<String, Integer> LENGTHS =
      lengths(
          "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22"
              + " DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28"
              + " HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20"
              + " LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28"
              + " PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28"
              + " TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30");

  private final String value;

  private Iban(String value) {
    this.value = value;
  }

  /** The IBAN typed, compact or in groups, any case; empty unless length and checksum are right. */
  public static Optional<Iban> parse(String typed) {
    Optional<String> compact = compact(typed);
    return compact
        .filter(iban -> LENGTHS.getOrDefault(iban.substring(0, 2), 0) == iban.length())
        .filter(Iban::checksumHolds)
        .map(Iban::new);
  }

  /**
   * Whether the text is shaped like one IBAN (country code, two digits, 11 to 30 letters or
   * digits), right or wrong: a mistyped IBAN is still the customer's attempt at one.
   */
  public static boolean looksLikeOne(String typed) {
    return compact(typed).isPresent();
  }

  /** The whole IBAN, compact and upper case: for the core-banking system only. */
  public String value() {
    return value;
  }

  public String country() {
    return value.substring(0, 2);
  }

  public String last4() {
    return value.substring(value.length() - 4);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Iban iban && iban.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Country and last four only, e.g. {@code DE…3000}. */
  @Override
  public String toString() {
    return country() + "\u2026" + last4();
  }

  private static Optional<String> compact(String typed) {
    if (typed == null || typed.length() > MAX_TYPED) {
      return Optional.empty();
    }
    String compact = SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    return SHAPE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
  }

  /**
   * ISO 7064 MOD 97-10: the first four characters moved to the end, letters read as 10 to 35, the
   * number modulo 97 must be 1; computed piecewise, so no big integers are needed.
   */
  static boolean checksumHolds(String iban) {
    int n = iban.length();
    int remainder = 0;
    for (int k = 0; k < n; k++) {
      char c = iban.charAt((k + 4) % n);
      int digit = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      remainder = digit > 9 ? (remainder * 100 + digit) % 97 : (remainder * 10 + digit) % 97;
    }
    return remainder == 1;
  }

  private static Map<String, Integer> lengths(String table) {
    Map<String, Integer> lengths = new HashMap<>();
    for (String entry : table.split(" ")) {
      lengths.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
    return Map.copyOf(lengths);
  }
}
