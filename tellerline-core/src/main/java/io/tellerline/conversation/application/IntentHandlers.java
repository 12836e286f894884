package io.tellerline.conversation.application;

import io.tellerline.identity.domain.AuthenticationPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assistant's intent handlers, found through CDI, by the intent they serve. An intent no
 * handler claims is served by a fallback chosen by the authentication policy: the knowledge base
 * when every signed-in customer may ask it (general questions), staff with the customer verified
 * when the policy guards it (a request the chat cannot complete yet).
 */
@ApplicationScoped
public class IntentHandlers {

  @Inject Instance<IntentHandler> discovered;
  @Inject AuthenticationPolicy policy;
  @Inject KnowledgeBaseAnswers knowledgeBase;
  @Inject VerifiedHandover verifiedHandover;

  Map<String, IntentHandler> byIntent;

  @PostConstruct
  void index() {
    byIntent = index(discovered.stream().toList());
  }

  /**
   * @throws IllegalStateException if two handlers claim one intent (a deployment error)
   */
  static Map<String, IntentHandler> index(List<IntentHandler> handlers) {
    Map<String, IntentHandler> index = new HashMap<>();
    for (IntentHandler handler : handlers) {
      for (String intent : handler.intents()) {
        IntentHandler earlier = index.putIfAbsent(intent, handler);
        if (earlier != null) {
          throw new IllegalStateException(
              "intent "
                  + intent
                  + " is served by two handlers: "
                  + name(earlier)
                  + " and "
                  + name(handler));
        }
      }
    }
    return Map.copyOf(index);
  }

  /** The handler of this intent, or the fallback the policy's rule for it chooses. */
  public IntentHandler serving(String intent) {
    IntentHandler claimed = byIntent.get(intent);
    if (claimed != null) {
      return claimed;
    }
    return policy.requirementFor(intent).asksMoreThanSignIn() ? verifiedHandover : knowledgeBase;
  }

  /** The dialogue of an intent that is a task over several turns. */
  public Optional<Dialogue> dialogueOf(String intent) {
    return Optional.ofNullable(byIntent.get(intent)).flatMap(IntentHandler::dialogue);
  }

  private static String name(IntentHandler handler) {
    return handler.getClass().getName();
  }
}
