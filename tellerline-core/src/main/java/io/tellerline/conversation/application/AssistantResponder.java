package io.tellerline.conversation.application;

import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerId;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.nlu.IntentCatalogue;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.MessageAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/** Chooses the assistant's answer to a recognised intent. All texts come from resource bundles. */
@ApplicationScoped
public class AssistantResponder {

  /** Below this probability the assistant says it is unsure instead of guessing. */
  static final double MIN_CONFIDENCE = 0.45;

  private static final String BUNDLE = "io.tellerline.conversation.application.AssistantMessages";
  private static final IntentCatalogue CATALOGUE = IntentCatalogue.bundled();
  private static final Set<String> SMALL_TALK = Set.of("greeting", "thanks", "goodbye");

  @Inject CoreBanking coreBanking;

  public AssistantReply greeting(Locale language) {
    return reply("greeting.disclosure", language, Outcome.ANSWERED);
  }

  public AssistantReply answer(MessageAnalysis analysis, CustomerId customer, Locale language) {
    IntentPrediction prediction = analysis.intent();
    String intent = prediction.intent();
    boolean alwaysEscalate =
        CATALOGUE.find(intent).map(IntentCatalogue.Intent::alwaysEscalate).orElse(false);
    if (alwaysEscalate && !prediction.outOfScope()) {
      return reply("answer." + intent, language, Outcome.HANDED_OVER);
    }
    if (analysis.frustration().frustrated()) {
      return reply("answer.frustrated", language, Outcome.HANDED_OVER);
    }
    if (prediction.outOfScope() || prediction.confidence() < MIN_CONFIDENCE) {
      return reply("answer.not_understood", language, Outcome.NOT_UNDERSTOOD);
    }
    if (intent.equals("account_balance")) {
      return balances(customer, language);
    }
    if (SMALL_TALK.contains(intent)) {
      return reply("answer." + intent, language, Outcome.ANSWERED);
    }
    return reply("answer.not_yet_supported", language, Outcome.ANSWERED);
  }

  private AssistantReply balances(CustomerId customer, Locale language) {
    List<AccountSummary> accounts = coreBanking.accountsOf(customer);
    if (accounts.isEmpty()) {
      return reply("answer.no_accounts", language, Outcome.ANSWERED);
    }
    ResourceBundle texts = texts(language);
    String lines =
        accounts.stream()
            .map(
                account ->
                    MessageFormat.format(
                        texts.getString("answer.balance.line"),
                        account.productName(),
                        account.ibanLast4(),
                        account.balance().format(language)))
            .collect(Collectors.joining("\n"));
    return new AssistantReply(
        "answer.balance", texts.getString("answer.balance") + "\n" + lines, Outcome.ANSWERED);
  }

  private static AssistantReply reply(String key, Locale language, Outcome outcome) {
    return new AssistantReply(key, texts(language).getString(key), outcome);
  }

  private static ResourceBundle texts(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
