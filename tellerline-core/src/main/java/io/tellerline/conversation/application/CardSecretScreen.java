package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.CardSecretGuard;
import io.tellerline.privacy.domain.ProtectedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps card secrets — PINs, security codes, expiry dates — out of the chat's records ({@link
 * CardSecretGuard}), in every message; where the customer talks about her PIN (its intent, the task
 * open, or the word), any four- to six-digit number too. The customer who typed one is told never
 * to share it.
 */
@ApplicationScoped
public class CardSecretScreen {

  /** The intent and task in which a customer talks about their PIN. */
  static final String PIN_INTENT = "card_pin";

  @Inject CoreBanking coreBanking;

  /**
   * The message without anything that could be a card secret; empty when it needed no change.
   *
   * @param intent the message's intent, or empty when it is not classified (staff serve)
   */
  Optional<ProtectedText> withoutSecrets(
      CustomerId customer, ProtectedText typed, String intent, Optional<OpenTask> open) {
    boolean aboutPin =
        PIN_INTENT.equals(intent)
            || open.filter(task -> PIN_INTENT.equals(task.task())).isPresent();
    ProtectedText screened =
        CardSecretGuard.withoutSecrets(
            typed,
            () ->
                coreBanking.cardsOf(customer).stream()
                    .map(CardSummary::panLast4)
                    .collect(Collectors.toSet()),
            aboutPin);
    return screened == typed ? Optional.empty() : Optional.of(screened);
  }

  /** The reply, led by the warning never to share card secrets (its template key stays). */
  static AssistantReply warned(AssistantReply reply, Locale language) {
    return new AssistantReply(
        reply.templateKey(),
        AssistantTexts.text("card_secret.warning", language) + "\n\n" + reply.text(),
        reply.outcome(),
        reply.downloads(),
        reply.done());
  }
}
