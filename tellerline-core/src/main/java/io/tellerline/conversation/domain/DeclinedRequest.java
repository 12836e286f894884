package io.tellerline.conversation.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message says the customer does <em>not</em> want something done: "I do not want to
 * transfer any money", "ich möchte nichts überweisen". Only a declined action counts: "I don't want
 * a bot" is a request for a person, not a refusal. The intent model sees the words of a transfer
 * and says "transfer"; starting one would do the opposite of what was asked. Read from the masked
 * text, like every slot.
 */
public final class DeclinedRequest {

  private static final String ENGLISH_ACTION =
      "(transfer|send|pay|move|block|freeze|cancel|change|add|make|do)";

  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(do ?n[o']?t|dont|never|no longer)\\s+(really\\s+)?(want|wish|need|intend|plan)"
              + "\\s+to\\s+"
              + ENGLISH_ACTION
              + "\\b|\\b(don'?t|do not)\\s+"
              + ENGLISH_ACTION
              + "\\b|\\bno (transfer|payment)s?\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern GERMAN =
      Pattern.compile(
          "\\b(möchte|moechte|will|wollte|muss|brauche)\\s+(\\p{L}+\\s+){0,2}(kein\\p{L}*|nichts"
              + "|nicht)\\s+(\\p{L}+\\s+){0,3}(überweisen|ueberweisen|senden|schicken|zahlen|bezahlen"
              + "|sperren|ändern|aendern|kündigen|kuendigen|anlegen)\\b|\\bkeine (überweisung"
              + "|ueberweisung|zahlung)\\b|\\bbitte (nicht|nichts) (überweisen|ueberweisen|sperren"
              + "|zahlen|senden|schicken)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  private DeclinedRequest() {}

  public static boolean in(String maskedText) {
    String text = maskedText.toLowerCase(Locale.ROOT);
    return ENGLISH.matcher(text).find() || GERMAN.matcher(text).find();
  }
}
