package io.tellerline.conversation.application;

import io.tellerline.kernel.CustomerId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler acts on: the intent, the customer (only ever the caller's own), the conversation's
 * language, the customer's message with personal data masked, and the parameters kept for it.
 *
 * @param maskedText the message, for an answer given at once; empty for an action the step-up gate
 *     runs, which has only its {@code parameters} (a dialogue's slots, or {@link
 *     IntentHandler#parameters})
 */
public record IntentRequest(
    String intent,
    CustomerId customer,
    Locale language,
    String maskedText,
    Map<String, String> parameters) {

  public IntentRequest {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(maskedText, "maskedText");
    parameters = Map.copyOf(parameters);
  }

  /** An intent answered at once, from the message. */
  static IntentRequest answer(
      String intent, CustomerId customer, Locale language, String maskedText) {
    return new IntentRequest(intent, customer, language, maskedText, Map.of());
  }

  /** A guarded action, run by the step-up gate with the parameters kept for it. */
  static IntentRequest action(
      String intent, Map<String, String> parameters, CustomerId customer, Locale language) {
    return new IntentRequest(intent, customer, language, "", parameters);
  }
}
