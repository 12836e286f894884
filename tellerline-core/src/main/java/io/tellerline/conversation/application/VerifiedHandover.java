package io.tellerline.conversation.application;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The fallback for intents no handler claims and the authentication policy guards (requests the
 * chat cannot complete yet): after the customer's step-up, staff take over with the customer
 * already verified.
 */
@ApplicationScoped
public class VerifiedHandover implements IntentHandler {

  /** Claims nothing: {@link IntentHandlers} chooses it for what no handler claims. */
  @Override
  public Set<String> intents() {
    return Set.of();
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    return AssistantTexts.reply(
        "action.verified_handover", request.language(), Outcome.HANDED_OVER);
  }
}
