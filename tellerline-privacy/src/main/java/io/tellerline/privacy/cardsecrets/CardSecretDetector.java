package io.tellerline.privacy.cardsecrets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds card PINs, security codes (CVC, CVV, CID) and expiry dates in a chat message, in English
 * and German. A short number alone is an amount, a time or a count far more often than a card
 * secret, so a number counts only with a word that names it nearby ("my pin is 4711", "CVV: 123",
 * "gültig bis 08/27") and no nearer word that makes it something else ("card ending 4242", "the
 * code from the SMS", "3 attempts", "€123"), or right after a card number ("4111 1111 1111 1111
 * 08/27 123"). A card number may stand as itself or as its token ({@code [CARD…]}): the detector
 * runs before and after tokenization alike. Thread-safe; stateless.
 */
public final class CardSecretDetector {

  private static final String PIN_WORDS =
      "pin|pins|pin-code|pincode|pin code|pin-nummer|pinnummer|pin number|pin-number|pin no"
          + "|geheimzahl|geheimnummer|geheim-zahl";
  private static final String CVC_WORDS =
      "cvc|cvc2|cvv|cvv2|cvn|cid|csc|security code|security number|card security code"
          + "|verification code|verification value|verification number|card verification"
          + "|sicherheitscode|sicherheits-code|sicherheitsnummer|prüfziffer|prüfziffern"
          + "|pruefziffer|prüfnummer|pruefnummer|kartenprüfnummer|kartenpruefnummer"
          + "|kartenprüfziffer|prüfcode|digits on the back|numbers on the back|number on the back"
          + "|code on the back|on the back of the card|back of my card|ziffern auf der rückseite"
          + "|zahlen auf der rückseite|nummer auf der rückseite|auf der rückseite|rückseite";
  private static final String EXPIRY_WORDS =
      "exp|expiry|expires|expiring|expiration|expiry date|exp date|exp\\.|valid thru"
          + "|valid through|valid until|valid till|good thru|good through|gültig bis|gueltig bis"
          + "|gültigkeit|ablauf|ablaufdatum|läuft ab|laeuft ab|läuft bis|verfall|verfallsdatum"
          + "|verfällt|gültig|valid";

  /** Words that make a nearby number something else: a card's last digits, a one-time code. */
  private static final String NOT_SECRET_WORDS =
      "ending|ends|ending in|ends in|ends with|last four|last 4|letzten vier|letzten 4|endet"
          + "|endung|endend|endziffern|sms|text message|tan|otp|one-time|one time|einmal"
          + "|einmalcode|bestätigungscode|push|attempt|attempts|versuch|versuche|mal|times|since"
          + "|seit|jahr|year|years|tage|days|minuten|minutes|uhr|filiale|branch|blz|plz"
          + "|postcode|zip|ref|reference|referenz|order|bestellung|rechnung|invoice|kunden"
          + "|customer|kundennummer|ticket|fall|case|euro|eur|usd|gbp|dollar|pounds";

  private static final Pattern PIN_WORD = words(PIN_WORDS);
  private static final Pattern CVC_WORD = words(CVC_WORDS);
  private static final Pattern EXPIRY_WORD = words(EXPIRY_WORDS);
  private static final Pattern NOT_SECRET = words(NOT_SECRET_WORDS);

  /** A card number as typed (13–19 digits, spaces or dashes between groups) or as its token. */
  private static final Pattern CARD =
      Pattern.compile(
          "(?<![\\p{N}])(?:\\d{13,19}|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{1,7}"
              + "|\\d{4}([ -])\\d{6}\\2\\d{5})(?![\\p{N}])|\\[CARD[^\\]]*\\]");

  private static final Pattern EXPIRY =
      Pattern.compile(
          "(?<![\\p{N}/.\\-])(0?[1-9]|1[0-2]) ?[/\\-.] ?(\\d{2}|20\\d{2})(?![\\p{N}]|[/.\\-]\\p{N})");

  /** Three to six digits, together or spaced out as people read them ("4 7 1 1", "61 20"). */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.,\\-])(?:\\d{3,6}|\\d{1,3}(?: \\d{1,3}){1,5})(?![\\p{N}])");

  /** An expiry date typed without separator ("exp 0129"): only where a word names it. */
  private static final Pattern EXPIRY_TOGETHER =
      Pattern.compile("(?<![\\p{N}])(?:0[1-9]|1[0-2])\\d{2}(?![\\p{N}])");

  private static final Pattern CURRENCY_AFTER =
      Pattern.compile("^\\s?(?:€|\\$|£|%|,\\d|\\.\\d|eur\\b|euro|usd|gbp|x\\b|h\\b|min\\b|km\\b)");
  private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:€|\\$|£|eur|euro)\\s?$");

  /** How far a naming word may stand before, and after, the number it names. */
  private static final int BEFORE = 35;

  private static final int AFTER = 20;

  /** How far after a card number (or its expiry) a bare expiry or security code may follow. */
  private static final int AFTER_CARD = 30;

  /** The card secrets in the text, sorted by position, never overlapping. */
  public List<CardSecret> find(String text) {
    if (text == null || text.isEmpty() || !hasDigit(text)) {
      return List.of();
    }
    String lower = lowerCase(text);
    List<int[]> cards = spans(CARD, text);
    List<CardSecret> found = new ArrayList<>();
    Matcher expiry = EXPIRY.matcher(lower);
    while (expiry.find()) {
      boolean named = namedBy(EXPIRY_WORD, lower, expiry.start(), expiry.end());
      if (!inside(cards, expiry.start()) && (named || after(cards, expiry.start()))) {
        found.add(new CardSecret(expiry.start(), expiry.end(), CardSecretKind.EXPIRY));
      }
    }
    Matcher together = EXPIRY_TOGETHER.matcher(lower);
    while (together.find()) {
      if (!inside(cards, together.start())
          && namedBy(EXPIRY_WORD, lower, together.start(), together.end())) {
        found.add(new CardSecret(together.start(), together.end(), CardSecretKind.EXPIRY));
      }
    }
    Matcher number = NUMBER.matcher(lower);
    while (number.find()) {
      int start = number.start();
      int end = number.end();
      if (found.stream().anyMatch(f -> f.overlaps(start, end)) || inside(cards, start)) {
        continue;
      }
      if (CURRENCY_AFTER.matcher(lower.substring(end, Math.min(lower.length(), end + 6))).find()
          || CURRENCY_BEFORE.matcher(lower.substring(Math.max(0, start - 5), start)).find()) {
        continue;
      }
      kindOf(lower, start, end, cards, found)
          .ifPresent(kind -> found.add(new CardSecret(start, end, kind)));
    }
    found.sort(Comparator.comparingInt(CardSecret::start));
    return List.copyOf(found);
  }

  private static Optional<CardSecretKind> kindOf(
      String lower, int start, int end, List<int[]> cards, List<CardSecret> found) {
    int digits = (int) lower.substring(start, end).chars().filter(Character::isDigit).count();
    if (digits < 3 || digits > 6) {
      return Optional.empty();
    }
    int pin = distance(PIN_WORD, lower, start, end);
    int cvc = distance(CVC_WORD, lower, start, end);
    int not = distance(NOT_SECRET, lower, start, end);
    int nearest = nearest(pin, cvc);
    if (nearest >= 0 && (not < 0 || nearest < not)) {
      boolean cvcNearer = cvc >= 0 && (pin < 0 || cvc <= pin);
      if (cvcNearer && digits <= 4) {
        return Optional.of(CardSecretKind.CVC);
      }
      if (!cvcNearer && digits >= 4) {
        return Optional.of(CardSecretKind.PIN);
      }
      return Optional.empty();
    }
    // A bare three-digit number right after a card number or its expiry date: the security code.
    boolean afterCard =
        after(cards, start)
            || found.stream()
                .anyMatch(
                    f ->
                        f.kind() == CardSecretKind.EXPIRY
                            && f.end() <= start
                            && start - f.end() <= AFTER_CARD);
    return digits == 3 && afterCard && not < 0 ? Optional.of(CardSecretKind.CVC) : Optional.empty();
  }

  /** Whether a word of this kind names the value, with no word of another meaning nearer. */
  private static boolean namedBy(Pattern words, String lower, int start, int end) {
    int named = distance(words, lower, start, end);
    int not = distance(NOT_SECRET, lower, start, end);
    return named >= 0 && (not < 0 || named <= not);
  }

  /**
   * Characters between the value and the nearest word of the pattern before (within {@link
   * #BEFORE}) or after it (within {@link #AFTER}); -1 when there is none.
   */
  private static int distance(Pattern words, String lower, int start, int end) {
    int best = -1;
    int from = Math.max(0, start - BEFORE);
    Matcher before = words.matcher(lower).region(from, start);
    while (before.find()) {
      best = nearest(best, start - before.end());
    }
    Matcher after = words.matcher(lower).region(end, Math.min(lower.length(), end + AFTER));
    if (after.find()) {
      best = nearest(best, after.start() - end);
    }
    return best;
  }

  private static int nearest(int a, int b) {
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }

  private static boolean after(List<int[]> cards, int position) {
    return cards.stream().anyMatch(c -> c[1] <= position && position - c[1] <= AFTER_CARD);
  }

  private static boolean inside(List<int[]> cards, int position) {
    return cards.stream().anyMatch(c -> c[0] <= position && position < c[1]);
  }

  private static List<int[]> spans(Pattern pattern, String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    return spans;
  }

  /** The words as one pattern, longest first, so "pin code" ends where the words end. */
  private static Pattern words(String alternatives) {
    String longestFirst =
        Arrays.stream(alternatives.split("\\|"))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|"));
    // "PIN-Brief" is a letter about the PIN, not the PIN: a word joined to another names that.
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + longestFirst + ")(?![\\p{L}]|-\\p{L})");
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Lower case per character, so offsets stay those of the original text. */
  private static String lowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }
}
