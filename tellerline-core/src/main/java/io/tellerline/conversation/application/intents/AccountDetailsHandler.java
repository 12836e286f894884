package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.AccountNumber;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * "What is my IBAN?": the full account numbers. They disclose personal data, so the policy guards
 * this intent (step-up); the reply is stored tokenized like any other text.
 */
@ApplicationScoped
public class AccountDetailsHandler implements IntentHandler {

  @Inject CoreBanking coreBanking;

  @Override
  public Set<String> intents() {
    return Set.of("account_details");
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    List<AccountNumber> accounts = coreBanking.accountNumbersOf(request.customer());
    if (accounts.isEmpty()) {
      return AssistantTexts.reply("answer.no_accounts", request.language(), Outcome.ANSWERED);
    }
    return AssistantTexts.listing(
        "action.account_details",
        request.language(),
        accounts,
        account -> new Object[] {account.productName(), account.ibanForDisplay()});
  }
}
