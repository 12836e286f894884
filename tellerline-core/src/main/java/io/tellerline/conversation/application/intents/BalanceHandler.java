package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.AccountSummary;
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

/** "What is my balance?": every account's balance, from the core-banking system. */
@ApplicationScoped
public class BalanceHandler implements IntentHandler {

  @Inject CoreBanking coreBanking;

  @Override
  public Set<String> intents() {
    return Set.of("account_balance");
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    Locale language = request.language();
    List<AccountSummary> accounts = coreBanking.accountsOf(request.customer());
    if (accounts.isEmpty()) {
      return AssistantTexts.reply("answer.no_accounts", language, Outcome.ANSWERED);
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
