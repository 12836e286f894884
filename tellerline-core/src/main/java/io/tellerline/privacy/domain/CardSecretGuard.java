package io.tellerline.privacy.domain;

import io.tellerline.privacy.cardsecrets.CardSecret;
import io.tellerline.privacy.cardsecrets.CardSecretDetector;
import io.tellerline.privacy.cardsecrets.CardSecretKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps card secrets — PINs, security codes (CVC/CVV), expiry dates — out of everything Tellerline
 * stores (PCI DSS 4.0.1 req. 3.3). What the {@link CardSecretDetector} finds in context is replaced
 * by its kind's placeholder ({@code [PIN]}, {@code [CVC]}, {@code [EXPIRY]}) before the message is
 * stored: nothing of it is kept, not even encrypted. Where a message may hold a PIN without naming
 * it so clearly (it mentions one, or the customer is talking about their PIN), every four- to
 * six-digit number outside the tokens goes too. The last four digits of one of the customer's own
 * cards stay, since they name the card, unless the customer wrote them as the PIN ("my PIN is
 * 4242").
 */
public final class CardSecretGuard {

  /** What stands in a stored message where a possible PIN was. */
  public static final String REMOVED = CardSecretKind.PIN.placeholder();

  private static final CardSecretDetector DETECTOR = new CardSecretDetector();

  private static final String PIN_WORD =
      "\\b(?:pin|pins|pin-?code|pin-?nummer|pin-?number|geheimzahl|geheimnummer)\\b";
  private static final Pattern MENTION =
      Pattern.compile(PIN_WORD, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** A PIN word just before the number: "PIN 1234", "my pin is 1234", "Geheimzahl lautet 1234". */
  private static final Pattern SAID_AS_PIN =
      Pattern.compile(
          PIN_WORD + "\\s*(?:is|was|:|=|-|ist|war|lautet|lautete)?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{4,6}(?!\\p{N})");

  private CardSecretGuard() {}

  /** A message after screening, and the kinds of secret taken out of it (empty: unchanged). */
  public record Screened(ProtectedText text, Set<CardSecretKind> removed) {

    public Screened {
      removed = Set.copyOf(removed);
    }
  }

  /** Whether the text mentions a PIN (English or German). */
  public static boolean mentionsPin(String text) {
    return MENTION.matcher(text).find();
  }

  /**
   * The message with every card secret removed (marks moved accordingly), or the message itself
   * when there was none.
   *
   * @param ownCards the last four digits of the customer's cards, asked for only when a number is
   *     in question (most messages have none)
   * @param aboutPin whether the customer is talking about her PIN (then any four to six digits go)
   */
  public static ProtectedText withoutSecrets(
      ProtectedText message, Supplier<Set<String>> ownCards, boolean aboutPin) {
    return screen(message, ownCards, aboutPin).text();
  }

  /**
   * As {@link #withoutSecrets}, and which kinds of secret were removed (for the staff's alert: the
   * kinds, never the values).
   */
  public static Screened screen(
      ProtectedText message, Supplier<Set<String>> ownCards, boolean aboutPin) {
    String text = message.text();
    Supplier<Set<String>> cardEndings = once(ownCards);
    List<CardSecret> removed = new ArrayList<>();
    for (CardSecret found : DETECTOR.find(text)) {
      if (!inToken(message, found.start(), found.end())
          && !namesOwnCard(text, found.start(), found.end(), cardEndings)) {
        removed.add(found);
      }
    }
    if (aboutPin || mentionsPin(text)) {
      Matcher candidate = CANDIDATE.matcher(text);
      while (candidate.find()) {
        int start = candidate.start();
        int end = candidate.end();
        boolean taken = removed.stream().anyMatch(r -> start < r.end() && r.start() < end);
        if (!taken
            && !inToken(message, start, end)
            && !namesOwnCard(text, start, end, cardEndings)) {
          removed.add(new CardSecret(start, end, CardSecretKind.PIN));
        }
      }
    }
    removed.sort(Comparator.comparingInt(CardSecret::start));
    if (removed.isEmpty()) {
      return new Screened(message, Set.of());
    }
    Set<CardSecretKind> kinds = EnumSet.noneOf(CardSecretKind.class);
    removed.forEach(secret -> kinds.add(secret.kind()));
    return new Screened(rebuilt(message, removed), kinds);
  }

  /** The customer's card endings, read at most once and only if a four-digit number needs them. */
  private static Supplier<Set<String>> once(Supplier<Set<String>> source) {
    List<Set<String>> read = new ArrayList<>(1);
    return () -> {
      if (read.isEmpty()) {
        read.add(source.get());
      }
      return read.get(0);
    };
  }

  private static boolean inToken(ProtectedText message, int start, int end) {
    return message.marks().marks().stream().anyMatch(m -> start < m.end() && m.start() < end);
  }

  private static boolean namesOwnCard(
      String text, int start, int end, Supplier<Set<String>> cardEndings) {
    return end - start == 4
        && cardEndings.get().contains(text.substring(start, end))
        && !SAID_AS_PIN.matcher(text.substring(Math.max(0, start - 30), start)).find();
  }

  private static ProtectedText rebuilt(ProtectedText message, List<CardSecret> removed) {
    String text = message.text();
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (CardSecret span : removed) {
      out.append(text, copied, span.start()).append(span.kind().placeholder());
      copied = span.end();
    }
    out.append(text, copied, text.length());
    List<PiiMark> moved = new ArrayList<>();
    for (PiiMark mark : message.marks().marks()) {
      int shift = 0;
      for (CardSecret span : removed) {
        if (span.end() <= mark.start()) {
          shift += span.kind().placeholder().length() - (span.end() - span.start());
        }
      }
      moved.add(new PiiMark(mark.type(), mark.start() + shift, mark.end() + shift));
    }
    return new ProtectedText(out.toString(), new PiiMarks(moved), message.originals());
  }
}
