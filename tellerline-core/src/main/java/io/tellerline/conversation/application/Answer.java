package io.tellerline.conversation.application;

import io.tellerline.identity.domain.PolicyDecision;
import java.util.Optional;

/**
 * The assistant's reply to one message, the step-up challenge when an action must wait, and the
 * policy decision of the step-up gate when an action passed it on this turn (a confirmed task's
 * decision, which may differ from the one for the message's own intent, e.g. for "yes").
 */
record Answer(
    AssistantReply reply, Optional<StepUpChallenge> challenge, Optional<PolicyDecision> gatedBy) {

  static Answer of(AssistantReply reply) {
    return new Answer(reply, Optional.empty(), Optional.empty());
  }
}
