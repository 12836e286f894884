package io.tellerline.conversation.application.intents;

import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Questions about the assistant itself, answered honestly from fixed texts ({@code
 * answer.<intent>}): that it is automated and not a person (EU AI Act Art. 50), what it can do, who
 * sees the chat, how to reach a person. Each answer offers a person; none hands over, because the
 * customer asked a question, not for a person.
 */
@ApplicationScoped
public class AboutTheAssistantHandler implements IntentHandler {

  @Override
  public Set<String> intents() {
    return Set.of(
        "assistant_identity", "assistant_capabilities", "assistant_privacy", "reach_a_person");
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    return AssistantTexts.reply("answer." + request.intent(), request.language(), Outcome.ANSWERED);
  }
}
