package io.tellerline.conversation.application;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A capability of the assistant: the catalogue intents it serves, its dialogue when the intent is a
 * task over several turns, and its action. Handlers are CDI beans found through {@code
 * Instance<IntentHandler>} ({@link IntentHandlers}); adding an intent is one handler class, its
 * rows in the NLU catalogue and corpus and in the authentication policy, and its texts in {@code
 * AssistantMessages*.properties} (see CONTRIBUTING.md).
 *
 * <p>A handler never decides whether its action needs step-up: the authentication policy file does,
 * through the {@link StepUpGate}. An action the policy guards runs only when the gate allows it,
 * possibly in a later request after the customer's step-up; it then sees only the parameters it
 * kept ({@link #parameters}, or a dialogue's slots), never the message.
 */
public interface IntentHandler {

  /** The catalogue intents this handler serves; no two handlers may serve the same intent. */
  Set<String> intents();

  /** Its dialogue (slots, summary, "yes") when the intent is a task over several turns. */
  default Optional<Dialogue> dialogue() {
    return Optional.empty();
  }

  /**
   * What a guarded one-turn action must remember of the customer's message to run after step-up:
   * amounts, dates and ids only, never free text (they are stored with the pending action).
   */
  default Map<String, String> parameters(String intent, String maskedText) {
    return Map.of();
  }

  /**
   * For a payment-like action (moves money or adds a payee): what the customer authorises, computed
   * from the kept parameters. The step-up gate then binds the customer's one-time code to exactly
   * this order ({@link PaymentBinding}); empty for every other action, and when the parameters are
   * incomplete (the action then does not move money).
   */
  default Optional<PaymentOrder> paymentOrder(IntentRequest request) {
    return Optional.empty();
  }

  /** Answers the intent, or performs its action once the step-up gate allowed it. */
  AssistantReply act(IntentRequest request);
}
