package io.tellerline.privacy.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps card PINs out of everything Tellerline stores. Where a message may hold a PIN (it mentions
 * one, or the customer is talking about their PIN), every four- to six-digit number outside the
 * tokens is replaced by {@value #REMOVED} before the message is stored: nothing of it is kept, not
 * even encrypted. The last four digits of one of the customer's own cards stay, since they name the
 * card, unless the customer wrote them as the PIN ("my PIN is 4242").
 */
public final class PinGuard {

  /** What stands in a stored message where a possible PIN was. */
  public static final String REMOVED = "[PIN]";

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

  private PinGuard() {}

  /** Whether the text mentions a PIN (English or German). */
  public static boolean mentionsPin(String text) {
    return MENTION.matcher(text).find();
  }

  /**
   * The message with every possible PIN removed (marks moved accordingly), or the message itself
   * when there was none.
   *
   * @param cardEndings the last four digits of the customer's cards
   */
  public static ProtectedText withoutPins(ProtectedText message, Set<String> cardEndings) {
    String text = message.text();
    List<int[]> removed = new ArrayList<>();
    Matcher candidate = CANDIDATE.matcher(text);
    while (candidate.find()) {
      int start = candidate.start();
      int end = candidate.end();
      boolean inToken =
          message.marks().marks().stream().anyMatch(m -> start < m.end() && m.start() < end);
      boolean namesCard =
          cardEndings.contains(candidate.group())
              && !SAID_AS_PIN.matcher(text.substring(Math.max(0, start - 30), start)).find();
      if (!inToken && !namesCard) {
        removed.add(new int[] {start, end});
      }
    }
    return removed.isEmpty() ? message : rebuilt(message, removed);
  }

  /** Whether a (masked or stored) text had a possible PIN removed. */
  public static boolean removedFrom(String text) {
    return text.contains(REMOVED);
  }

  private static ProtectedText rebuilt(ProtectedText message, List<int[]> removed) {
    String text = message.text();
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int[] span : removed) {
      out.append(text, copied, span[0]).append(REMOVED);
      copied = span[1];
    }
    out.append(text, copied, text.length());
    List<PiiMark> moved = new ArrayList<>();
    for (PiiMark mark : message.marks().marks()) {
      int shift = 0;
      for (int[] span : removed) {
        if (span[1] <= mark.start()) {
          shift += REMOVED.length() - (span[1] - span[0]);
        }
      }
      moved.add(new PiiMark(mark.type(), mark.start() + shift, mark.end() + shift));
    }
    return new ProtectedText(out.toString(), new PiiMarks(moved), message.originals());
  }
}
