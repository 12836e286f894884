package io.tellerline.conversation.application.intents;

import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Hello, thanks, goodbye: one text each ({@code answer.<intent>}). */
@ApplicationScoped
public class SmallTalkHandler implements IntentHandler {

  @Override
  public Set<String> intents() {
    return Set.of("greeting", "thanks", "goodbye");
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    return AssistantTexts.reply("answer." + request.intent(), request.language(), Outcome.ANSWERED);
  }
}
