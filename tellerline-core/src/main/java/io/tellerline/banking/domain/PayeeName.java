package io.tellerline.banking.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a payee as the customer gives it: the account holder's name, 2 to 70 characters (the
 * SEPA limit) of letters, digits, spaces and {@code . , ' & / -}, with at least two letters. A
 * lead-in such as "the name is" or "er heißt" is dropped.
 */
public record PayeeName(String value) {

  public static final int MAX_LENGTH = 70;

  private static final Pattern ALLOWED =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .,'&/-]*", Pattern.UNICODE_CASE);
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "^(?:(?:the |his |her |their )?name(?: is|:)|it'?s|it is|(?:der )?name(?: ist| lautet|:)"
              + "|(?:er|sie) heißt|heißt)\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  public PayeeName {
    if (!valid(value)) {
      throw new IllegalArgumentException("not a payee name");
    }
  }

  /** The name in the text, if the text is one. */
  public static Optional<PayeeName> parse(String typed) {
    if (typed == null || typed.length() > 2 * MAX_LENGTH) {
      return Optional.empty();
    }
    String name = LEAD_IN.matcher(typed.strip()).replaceFirst("");
    name = name.replaceAll("\\s+", " ").replaceAll("[.!]+$", "").strip();
    return valid(name) ? Optional.of(new PayeeName(name)) : Optional.empty();
  }

  /** Whether two names would be the same payee to the customer (case and spacing aside). */
  public boolean sameAs(String other) {
    return value.replaceAll("\\s+", " ").equalsIgnoreCase(other.replaceAll("\\s+", " ").strip());
  }

  private static boolean valid(String name) {
    return name != null
        && name.length() >= 2
        && name.length() <= MAX_LENGTH
        && ALLOWED.matcher(name).matches()
        && LETTER.matcher(name).results().limit(2).count() == 2;
  }
}
