package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.privacy.detection.PiiType;
import java.util.Optional;

/**
 * A task the assistant does with the customer over several turns (a transfer, an address change,
 * blocking a card): it starts the task, fills its slots, asks only for what is missing, shows a
 * summary and waits for "yes". The confirmed slots go to its handler's action through the step-up
 * gate. The task is stored as an {@link OpenTask} named after the intent, one per conversation.
 */
public interface Dialogue {

  /**
   * One turn of the task; starts it when {@link DialogueTurn#open()} is empty (except for a {@link
   * GuardedTask}, whose first turn the assistant runs through the step-up gate).
   */
  DialogueStep next(DialogueTurn turn);

  /**
   * Whether this message, while the task waits, is one personal value as a whole (the new address
   * the assistant asked for, which the detector would not recognise): then it is kept encrypted as
   * that type and the dialogue learns the message's id. {@code typed} is the text as the customer
   * typed it, before protection: use it to decide, never keep it.
   */
  default Optional<PiiType> keptWholeAs(OpenTask task, String typed) {
    return Optional.empty();
  }
}
