package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Is my card blocked?": every card with its status and expiry. A new card waiting for activation
 * is shown without its digits: typing them is how its holder proves to have it in hand ({@link
 * CardActivationHandler}).
 */
@ApplicationScoped
public class CardStatusHandler implements IntentHandler {

  private static final String HIDDEN_DIGITS = "\u2022\u2022\u2022\u2022";

  @Inject CoreBanking coreBanking;

  @Override
  public Set<String> intents() {
    return Set.of("card_status");
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    Locale language = request.language();
    List<CardSummary> cards = coreBanking.cardsOf(request.customer());
    if (cards.isEmpty()) {
      return AssistantTexts.reply("answer.cards.none", language, Outcome.ANSWERED);
    }
    return AssistantTexts.listing(
        "answer.cards",
        language,
        cards,
        card ->
            new Object[] {
              card.scheme(),
              card.status() == CardStatus.PENDING_ACTIVATION ? HIDDEN_DIGITS : card.panLast4(),
              AssistantTexts.text("card.status." + card.status().name(), language),
              card.expiresOn().getMonthValue() + "/" + card.expiresOn().getYear()
            });
  }
}
