package io.tellerline.conversation.application.intents;

import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.insight.application.InsightService;
import io.tellerline.insight.application.ShownInsight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Anything I should know?": her current insights, each with its reason in the conversation's
 * language, shown and audited ({@code INSIGHT_SHOWN}) as at the start of a conversation. Without
 * her consent to {@code personal-insights} nothing is read: the answer says so and where in the
 * chat she can switch it on. Reads only her own data, like a balance question (no step-up).
 */
@ApplicationScoped
public class InsightsHandler implements IntentHandler {

  @Inject InsightService insights;

  @Override
  public Set<String> intents() {
    return Set.of("personal_insights");
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    Locale language = request.language();
    Optional<List<ShownInsight>> shown = insights.askedFor(request.customer(), language);
    if (shown.isEmpty()) {
      return AssistantTexts.reply("insights.no_consent", language, Outcome.ANSWERED);
    }
    if (shown.get().isEmpty()) {
      return AssistantTexts.reply("insights.none", language, Outcome.ANSWERED);
    }
    return AssistantTexts.listing(
        "insights.found", language, shown.get(), insight -> new Object[] {insight.text()});
  }
}
