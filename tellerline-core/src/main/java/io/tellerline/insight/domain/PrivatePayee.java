package io.tellerline.insight.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a payee's name, as the bank shows it, is a private person's ("Andrea Demir", "HERRMANN,
 * KLAUS", "K. Klein", "Jugendkonto Lena") rather than a business's ("Hausverwaltung Klein",
 * "Wohnbau Nord GmbH", "SOS-Kinderdörfer weltweit"). What a person is paid by standing order
 * (pocket money, maintenance, a share of the rent) is an amount the customer decides, not a price.
 * A name with a legal form or a trade word is never a person's; anything not shaped like a name is
 * not either, so an unusual business name errs towards "business".
 */
final class PrivatePayee {

  /** Legal forms and trade words, compared as whole words (lower case, dots and commas dropped). */
  private static final Set<String> BUSINESS_WORDS =
      Set.of(
          "gmbh",
          "ag",
          "kg",
          "ohg",
          "se",
          "eg",
          "ev",
          "mbh",
          "ug",
          "gbr",
          "kgaa",
          "ltd",
          "limited",
          "inc",
          "llc",
          "bv",
          "sa",
          "sarl",
          "sca",
          "plc",
          "co",
          "bank",
          "sparkasse",
          "volksbank",
          "raiffeisenbank",
          "versicherung",
          "hausverwaltung",
          "verwaltung",
          "immobilien",
          "wohnbau",
          "wohnungsbau",
          "genossenschaft",
          "stadtwerke",
          "verein",
          "stiftung",
          "studio",
          "schule",
          "kita",
          "praxis",
          "service",
          "services",
          "gesellschaft",
          "holding",
          "group",
          "gruppe",
          "club",
          "fitness",
          "verlag",
          "energie",
          "telekom");

  private static final Pattern FIRST_AND_LAST =
      Pattern.compile("^\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)? \\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?$");
  private static final Pattern INITIAL_AND_LAST = Pattern.compile("^\\p{Lu}\\. \\p{Lu}\\p{Ll}+$");
  private static final Pattern LAST_COMMA_FIRST =
      Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{Ll}-]+, \\p{Lu}[\\p{Lu}\\p{Ll}-]+$");

  private PrivatePayee() {}

  static boolean looksLikeAPerson(String payee) {
    String name = payee.strip();
    for (String word : name.toLowerCase(Locale.ROOT).replaceAll("[.,&]", " ").split("[\\s/-]+")) {
      if (BUSINESS_WORDS.contains(word)) {
        return false;
      }
    }
    return FIRST_AND_LAST.matcher(name).matches()
        || INITIAL_AND_LAST.matcher(name).matches()
        || LAST_COMMA_FIRST.matcher(name).matches();
  }
}
