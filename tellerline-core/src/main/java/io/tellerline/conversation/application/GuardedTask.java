package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.OpenTask;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A task whose whole intent the authentication policy guards (standing orders, direct debits,
 * payees, card limits, PIN letters, card activation, contact details): even what it shows on the
 * way, or the code it sends to a new contact, comes after step-up. A handler declares it by
 * implementing this interface; the assistant then runs the task's first turn itself ({@link
 * GuardedStarts}):
 *
 * <ol>
 *   <li>the first message goes through the step-up gate as the task's <em>start</em>, with what it
 *       {@linkplain #named named} (ids, amounts, dates and choices only: they are kept with the
 *       pending action);
 *   <li>once the gate lets the start run (at once with a fresh second factor, else on resume,
 *       exactly once), the task is opened in that conversation with those slots and handed to
 *       {@link #opened};
 *   <li>each later turn goes to {@link #next} with the open task; the customer's final "yes" (a
 *       {@link DialogueStep#confirm}) goes through the gate again as the task's action, so a
 *       step-up that has grown too old is asked for again.
 * </ol>
 *
 * <p>One task per conversation: a start that finds another task open there (begun while the step-up
 * was pending) opens nothing and leaves that task as it is; the customer is asked to finish or
 * cancel it and ask again (the text {@code <task>.busy}). A start never replaces what the customer
 * is in the middle of, which may be a payment waiting for its "yes".
 */
public interface GuardedTask extends IntentHandler, Dialogue {

  /** The task's name: the one intent it serves. */
  String task();

  /** What the first message names, as slots (amounts, dates, ids; never free text). */
  Map<String, String> named(DialogueTurn first);

  /**
   * The task just opened after the step-up, filled with what the first message named: its first
   * question, or an answer that ends it at once (the handler then removes the task).
   */
  AssistantReply opened(OpenTask task, IntentRequest start);

  /** One turn of the open task; never its first, which the assistant runs through the gate. */
  @Override
  DialogueStep next(DialogueTurn turn);

  @Override
  default Set<String> intents() {
    return Set.of(task());
  }

  @Override
  default Optional<Dialogue> dialogue() {
    return Optional.of(this);
  }
}
