package io.tellerline.banking.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A customer's postal address as core banking holds it; any part may be missing. */
public record PostalAddress(String street, String postcode, String city) {

  /** Words customers put before the address itself ("my new address is", "umgezogen nach"). */
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "^.*(?:address is|address to|new address|moved to|moving to|adresse ist|adresse lautet"
              + "|neue adresse|umgezogen nach|ziehe nach|ziehen nach|wohne jetzt in|wohne jetzt)"
              + "\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final String WORDS = "[\\p{L}][\\p{L}\\p{M} .'-]*?";

  /** "Gartenweg 7, 50667 Köln", "Neue Straße 12a 10115 Berlin". */
  private static final Pattern GERMAN =
      Pattern.compile(
          "^(" + WORDS + "\\s*\\d{1,4}\\s?[a-zA-Z]?)\\s*,?\\s+(\\d{5})\\s+(" + WORDS + ")$");

  /** "22 Baker Street, London NW1 6XE", "5 High Street, Oxford, OX1 4AA". */
  private static final Pattern BRITISH =
      Pattern.compile(
          "^(\\d{1,4}[a-zA-Z]?\\s+"
              + WORDS
              + ")\\s*,\\s*("
              + WORDS
              + ")\\s*,?\\s+([A-Za-z]{1,2}\\d[A-Za-z\\d]?)\\s*(\\d[A-Za-z]{2})$");

  /**
   * The address in a customer's message, German or British form, with or without a few words before
   * it; empty when the message is not clearly one address.
   */
  public static Optional<PostalAddress> parse(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > 300) {
      return Optional.empty();
    }
    String text = typed.strip().replaceAll("[.!]+$", "").replaceAll("\\s+", " ");
    Optional<PostalAddress> address = parseAddress(LEAD_IN.matcher(text).replaceFirst(""));
    return address.isPresent() ? address : parseAddress(text);
  }

  private static Optional<PostalAddress> parseAddress(String text) {
    Matcher german = GERMAN.matcher(text);
    if (german.matches()) {
      return Optional.of(new PostalAddress(german.group(1), german.group(2), german.group(3)));
    }
    Matcher british = BRITISH.matcher(text);
    if (british.matches()) {
      String postcode = (british.group(3) + " " + british.group(4)).toUpperCase(Locale.ROOT);
      return Optional.of(new PostalAddress(british.group(1), postcode, british.group(2)));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "PostalAddress[hidden]";
  }
}
