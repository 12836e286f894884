package io.tellerline.conversation.application;

import java.util.List;
import java.util.Optional;

/**
 * What one customer request produced: the new messages, and a step-up challenge when a sensitive
 * action waits for stronger authentication. {@code replayed} marks a repeated resume that returns
 * the recorded result instead of acting again.
 */
public record TurnResult(
    List<MessageView> messages, Optional<StepUpChallenge> stepUp, boolean replayed) {

  public TurnResult {
    messages = List.copyOf(messages);
  }

  static TurnResult of(List<MessageView> messages, Optional<StepUpChallenge> stepUp) {
    return new TurnResult(messages, stepUp, false);
  }
}
