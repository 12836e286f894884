package io.tellerline.conversation.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a customer wants done with standing orders or direct debits, read from words in English or
 * German: cancel one ("cancel", "stop", "kündigen", "löschen"), set one up ("set up", "create",
 * "einrichten", "anlegen") or see them ("show", "which", "anzeigen", "welche"). Cancelling wins
 * over setting up, which wins over seeing ("show me how to set one up" sets one up).
 */
public enum RequestKind {
  CREATE,
  LIST,
  CANCEL;

  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

  private static final Pattern CANCEL_WORDS =
      Pattern.compile(
          "\\b(?:cancel\\w*|stop\\w*|delete|remove|end|terminate|revoke|discontinue|get rid of"
              + "|no longer|don'?t want|lösch\\w*|loesch\\w*|kündig\\w*|kuendig\\w*|beend\\w*"
              + "|streich\\w*|aufheben|entfern\\w*|einstellen|widerruf\\w*|storn\\w*|abbestell\\w*"
              + "|nicht mehr)\\b",
          FLAGS);

  private static final Pattern CREATE_WORDS =
      Pattern.compile(
          "\\b(?:set ?up|setting up|create|new|start|add|make|arrange|open|einricht\\w*|richte"
              + "|anleg\\w*|lege|erstell\\w*|neu\\w*|hinzufüg\\w*|eröffn\\w*)\\b",
          FLAGS);

  private static final Pattern LIST_WORDS =
      Pattern.compile(
          "\\b(?:show|list|see|view|display|what|which|overview|check|have i|do i have|zeig\\w*"
              + "|anzeig\\w*|aufliste\\w*|liste|welche\\w*|übersicht|uebersicht|sehen|habe ich"
              + "|hab ich|gibt es)\\b",
          FLAGS);

  /** The kind the words name; empty when they name none. */
  public static Optional<RequestKind> of(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (CANCEL_WORDS.matcher(lower).find()) {
      return Optional.of(CANCEL);
    }
    if (CREATE_WORDS.matcher(lower).find()) {
      return Optional.of(CREATE);
    }
    return LIST_WORDS.matcher(lower).find() ? Optional.of(LIST) : Optional.empty();
  }
}
