package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CardSummary;
import io.tellerline.conversation.domain.OpenTask;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which of the customer's cards a task means, as in {@link CardChangeHandler}: the one card that
 * fits, or the one whose last four digits the customer typed; asked for when several fit.
 */
final class CardChoice {

  /** Slot: the last four digits of the chosen card. */
  static final String CARD = "card";

  /** Slot: the four-digit numbers the customer typed, joined by "-". */
  static final String CARD_HINTS = "card_hints";

  private CardChoice() {}

  /** The card's hints of a message, as a slot value; empty when it names no four-digit number. */
  static Optional<String> hintsIn(String text) {
    List<String> hints = CardChangeHandler.hints(text);
    return hints.isEmpty() ? Optional.empty() : Optional.of(String.join("-", hints));
  }

  /** Notes the four-digit numbers of a message as the task's card hints. */
  static void note(OpenTask task, String text, Instant now) {
    hintsIn(text).ifPresent(hints -> task.fill(CARD_HINTS, hints, now));
  }

  /**
   * The chosen card (kept in the task once it is clear), or the cards that still fit: none when the
   * customer named a card they do not hold among these.
   */
  static Choice choose(OpenTask task, List<CardSummary> cards, Instant now) {
    Optional<CardSummary> chosen = byLast4(cards, task.slot(CARD));
    if (chosen.isPresent()) {
      return new Choice(chosen, List.of(chosen.get()));
    }
    List<String> hints =
        task.slot(CARD_HINTS).map(h -> Arrays.asList(h.split("-"))).orElse(List.of());
    List<CardSummary> fitting =
        hints.isEmpty()
            ? cards
            : cards.stream().filter(card -> hints.contains(card.panLast4())).toList();
    if (fitting.size() == 1) {
      task.fill(CARD, fitting.get(0).panLast4(), now);
      return new Choice(Optional.of(fitting.get(0)), fitting);
    }
    return new Choice(Optional.empty(), fitting);
  }

  /** The card with these last four digits among the candidates. */
  static Optional<CardSummary> byLast4(List<CardSummary> cards, Optional<String> last4) {
    return last4.flatMap(
        digits -> cards.stream().filter(card -> card.panLast4().equals(digits)).findFirst());
  }

  /** "VISA 4242, GIROCARD 5100": the cards to choose from. */
  static String listed(List<CardSummary> cards) {
    return cards.stream()
        .map(card -> card.scheme() + " " + card.panLast4())
        .collect(Collectors.joining(", "));
  }

  /** The chosen card, or the cards that fit when it is not clear yet. */
  record Choice(Optional<CardSummary> card, List<CardSummary> fitting) {}
}
