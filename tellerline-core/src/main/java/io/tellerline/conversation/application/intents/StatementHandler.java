package io.tellerline.conversation.application.intents;

import io.tellerline.banking.application.StatementService;
import io.tellerline.banking.domain.Statement;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.Download;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Send me my statement": the statements of the last twelve months, each offered as a download (the
 * document itself is served by {@link StatementService} under the same policy action).
 */
@ApplicationScoped
public class StatementHandler implements IntentHandler {

  @Inject StatementService statementService;

  @Override
  public Set<String> intents() {
    return Set.of(StatementService.ACTION);
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    Locale language = request.language();
    List<Statement> statements = statementService.statementsOf(request.customer());
    if (statements.isEmpty()) {
      return AssistantTexts.reply("action.statement_request.none", language, Outcome.ANSWERED);
    }
    DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", language);
    List<Download> downloads =
        statements.stream()
            .map(
                statement ->
                    new Download(
                        AssistantTexts.text(
                            "action.statement_request.line",
                            language,
                            statement.productName(),
                            statement.ibanLast4(),
                            statement.month().format(month)),
                        "statements/" + statement.accountId() + "/" + statement.month()))
            .toList();
    return AssistantTexts.listing(
            "action.statement_request",
            language,
            statements,
            statement ->
                new Object[] {
                  statement.productName(), statement.ibanLast4(), statement.month().format(month)
                })
        .withDownloads(downloads);
  }
}
