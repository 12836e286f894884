package io.tellerline.conversation.application;

import static io.tellerline.conversation.application.AssistantTexts.reply;

import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerId;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.DeclinedRequest;
import io.tellerline.knowledge.application.FaqAnswers;
import io.tellerline.nlu.IntentCatalogue;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.MessageAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Chooses the assistant's answer to a recognised intent. All texts come from resource bundles. */
@ApplicationScoped
public class AssistantResponder {

  /** Below this probability the assistant says it is unsure instead of guessing. */
  static final double MIN_CONFIDENCE = 0.45;

  private static final IntentCatalogue CATALOGUE = IntentCatalogue.bundled();
  private static final Set<String> SMALL_TALK = Set.of("greeting", "thanks", "goodbye");

  /**
   * Questions about the assistant itself, answered honestly from fixed texts (EU AI Act Art. 50):
   * it says it is automated and offers a person in the same answer, but hands over only when asked.
   */
  private static final Set<String> ABOUT_THE_ASSISTANT =
      Set.of("assistant_identity", "assistant_capabilities", "assistant_privacy", "reach_a_person");

  @Inject CoreBanking coreBanking;
  @Inject TransactionAnswers transactions;
  @Inject FaqAnswers faq;

  public AssistantReply greeting(Locale language) {
    return reply("greeting.disclosure", language, Outcome.ANSWERED);
  }

  /**
   * Answers that do not depend on what the intent would do: a message in a language the assistant
   * does not speak, a request the customer declines ("I don't want to transfer anything"),
   * hand-over (always-escalate intents, frustration) and "not understood". Empty when the intent
   * itself should be served.
   */
  public Optional<AssistantReply> triage(
      MessageAnalysis analysis, String maskedText, Locale language) {
    if (analysis.language().unsupported()) {
      // Not anger, not a misunderstanding: say which languages the assistant speaks, in both.
      return Optional.of(reply("answer.unsupported_language", language, Outcome.ANSWERED));
    }
    if (DeclinedRequest.in(maskedText)) {
      // "I don't want to transfer anything": the words of a transfer, the opposite request.
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

  /**
   * Whether serving this intent is a sensitive action (catalogue flag), run by SensitiveActions.
   */
  public boolean isSensitive(String intent) {
    return CATALOGUE.find(intent).map(IntentCatalogue.Intent::sensitive).orElse(true);
  }

  /**
   * The answer to a recognised, non-sensitive intent.
   *
   * @param maskedText the customer's message with personal data masked (for slots)
   */
  public AssistantReply answer(
      String intent, CustomerId customer, Locale language, String maskedText) {
    switch (intent) {
      case "account_balance":
        return balances(customer, language);
      case "transaction_history":
        return transactions.latest(customer, language);
      case "transaction_search":
        return transactions.search(customer, maskedText, language);
      case "card_status":
        return cards(customer, language);
      default:
        break;
    }
    if (ABOUT_THE_ASSISTANT.contains(intent)) {
      return reply("answer." + intent, language, Outcome.ANSWERED);
    }
    if (!SMALL_TALK.contains(intent)) {
      Optional<AssistantReply> fromArticle = fromKnowledgeBase(intent, language, maskedText);
      if (fromArticle.isPresent()) {
        return fromArticle.get();
      }
    }
    if (SMALL_TALK.contains(intent)) {
      return reply("answer." + intent, language, Outcome.ANSWERED);
    }
    return reply("answer.not_yet_supported", language, Outcome.ANSWERED);
  }

  /** A published article's first paragraph, citing it; the template key names its version. */
  private Optional<AssistantReply> fromKnowledgeBase(String intent, Locale language, String text) {
    return faq.answer(language, text, intent)
        .map(
            cited ->
                new AssistantReply(
                    "kb:" + cited.slug() + "@v" + cited.version(),
                    AssistantTexts.text(
                        "answer.kb",
                        language,
                        cited.text(),
                        cited.title(),
                        cited.slug(),
                        cited.version()),
                    Outcome.ANSWERED));
  }

  private AssistantReply cards(CustomerId customer, Locale language) {
    List<CardSummary> cards = coreBanking.cardsOf(customer);
    if (cards.isEmpty()) {
      return reply("answer.cards.none", language, Outcome.ANSWERED);
    }
    return AssistantTexts.listing(
        "answer.cards",
        language,
        cards,
        card ->
            new Object[] {
              card.scheme(),
              card.panLast4(),
              AssistantTexts.text("card.status." + card.status().name(), language),
              card.expiresOn().getMonthValue() + "/" + card.expiresOn().getYear()
            });
  }

  private AssistantReply balances(CustomerId customer, Locale language) {
    List<AccountSummary> accounts = coreBanking.accountsOf(customer);
    if (accounts.isEmpty()) {
      return reply("answer.no_accounts", language, Outcome.ANSWERED);
    }
    return AssistantTexts.listing(
        "answer.balance",
        language,
        accounts,
        account ->
            new Object[] {
              account.productName(), account.ibanLast4(), account.balance().format(language)
            });
  }
}
