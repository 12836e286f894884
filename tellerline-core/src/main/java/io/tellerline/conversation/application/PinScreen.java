package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.PinGuard;
import io.tellerline.privacy.domain.ProtectedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps card PINs out of the chat's records ({@link PinGuard}) wherever a message may hold one: it
 * mentions a PIN, or it is about the customer's PIN (its intent, or the task open). The customer
 * who typed one is told never to share it.
 */
@ApplicationScoped
public class PinScreen {

  /** The intent and task in which a customer talks about their PIN. */
  static final String PIN_INTENT = "card_pin";

  @Inject CoreBanking coreBanking;

  /**
   * The message without anything that could be a PIN; empty when it needed no change.
   *
   * @param intent the message's intent, or empty when it is not classified (staff serve)
   */
  Optional<ProtectedText> withoutPins(
      CustomerId customer, ProtectedText typed, String intent, Optional<OpenTask> open) {
    boolean aboutPin =
        PIN_INTENT.equals(intent)
            || open.filter(task -> PIN_INTENT.equals(task.task())).isPresent()
            || PinGuard.mentionsPin(typed.text());
    if (!aboutPin) {
      return Optional.empty();
    }
    Set<String> cardEndings =
        coreBanking.cardsOf(customer).stream()
            .map(CardSummary::panLast4)
            .collect(Collectors.toSet());
    ProtectedText screened = PinGuard.withoutPins(typed, cardEndings);
    return screened == typed ? Optional.empty() : Optional.of(screened);
  }

  /** The reply, led by the warning never to share a PIN (its template key stays the reply's). */
  static AssistantReply warned(AssistantReply reply, Locale language) {
    return new AssistantReply(
        reply.templateKey(),
        AssistantTexts.text("card_pin.warning", language) + "\n\n" + reply.text(),
        reply.outcome(),
        reply.downloads(),
        reply.done());
  }
}
