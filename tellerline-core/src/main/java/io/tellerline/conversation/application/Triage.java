package io.tellerline.conversation.application;

import static io.tellerline.conversation.application.AssistantTexts.reply;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.DeclinedRequest;
import io.tellerline.nlu.IntentCatalogue;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.MessageAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/**
 * The answers that do not depend on what an intent would do: a message in a language the assistant
 * does not speak, a request the customer declines ("I don't want to transfer anything"), hand-over
 * (intents the catalogue always escalates, a frustrated customer) and "not understood". All texts
 * come from resource bundles.
 */
@ApplicationScoped
public class Triage {

  /** Below this probability the assistant says it is unsure instead of guessing. */
  static final double MIN_CONFIDENCE = 0.45;

  private static final IntentCatalogue CATALOGUE = IntentCatalogue.bundled();

  /** The triage answer to a message; empty when the intent itself should be served. */
  public Optional<AssistantReply> triage(
      MessageAnalysis analysis, String maskedText, Locale language) {
    if (analysis.language().unsupported()) {
      // Not anger, not a misunderstanding: say which languages the assistant speaks, in both.
      return Optional.of(reply("answer.unsupported_language", language, Outcome.ANSWERED));
    }
    if (DeclinedRequest.in(maskedText)) {
      // The words of a transfer, the opposite request: start nothing.
      return Optional.of(reply("answer.declined", language, Outcome.ANSWERED));
    }
    IntentPrediction prediction = analysis.intent();
    String intent = prediction.intent();
    boolean alwaysEscalate =
        CATALOGUE.find(intent).map(IntentCatalogue.Intent::alwaysEscalate).orElse(false);
    if (alwaysEscalate && !prediction.outOfScope()) {
      return Optional.of(reply("answer." + intent, language, Outcome.HANDED_OVER));
    }
    if (analysis.frustration().frustrated()) {
      return Optional.of(reply("answer.frustrated", language, Outcome.HANDED_OVER));
    }
    if (prediction.outOfScope() || prediction.confidence() < MIN_CONFIDENCE) {
      return Optional.of(reply("answer.not_understood", language, Outcome.NOT_UNDERSTOOD));
    }
    return Optional.empty();
  }
}
