package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.PostalAddress;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.Dialogue;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.detection.PiiType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A change of postal address as a conversation: the assistant asks for the new address, then for
 * "yes". The address itself never enters the task: the customer's message is kept as one protected
 * value (encrypted under their data key) and the task holds only that message's id; the action,
 * after the step-up gate, reads it back and changes the address in the core-banking system.
 */
@ApplicationScoped
public class AddressChangeHandler implements IntentHandler, Dialogue {

  static final String TASK = "address_change";
  static final String ADDRESS = "address";
  static final String ADDRESS_MESSAGE = "address_message";

  @Inject OpenTasks tasks;
  @Inject CoreBanking coreBanking;
  @Inject PersonalDataProtection protection;
  @Inject Clock clock;

  @Override
  public Set<String> intents() {
    return Set.of(TASK);
  }

  @Override
  public Optional<Dialogue> dialogue() {
    return Optional.of(this);
  }

  /** The message the assistant asked for is the new address when it reads as one. */
  @Override
  public Optional<PiiType> keptWholeAs(OpenTask task, String typed) {
    return ADDRESS.equals(task.awaiting()) && PostalAddress.parse(typed).isPresent()
        ? Optional.of(PiiType.ADDRESS)
        : Optional.empty();
  }

  @Override
  public DialogueStep next(DialogueTurn turn) {
    Locale language = turn.language();
    Instant now = clock.instant();
    if (turn.open().isEmpty()) {
      OpenTask started = new OpenTask(turn.conversation().id(), TASK, now);
      started.await(ADDRESS, now);
      tasks.add(started);
      return DialogueStep.say(reply("address.ask", language));
    }
    OpenTask task = turn.open().get();
    if (DialogueStep.isNo(turn.maskedText())) {
      tasks.remove(task);
      return DialogueStep.say(reply("address.cancelled", language));
    }
    if (ADDRESS.equals(task.awaiting())) {
      if (!turn.keptWhole()) {
        return DialogueStep.sayAgain(reply("address.unclear", language));
      }
      task.fill(ADDRESS_MESSAGE, turn.messageId().toString(), now);
      task.await(OpenTask.CONFIRMATION, now);
      return DialogueStep.say(reply("address.confirm", language));
    }
    if (DialogueStep.isYes(turn.maskedText())) {
      return DialogueStep.confirmed(task, tasks);
    }
    return DialogueStep.sayAgain(reply("address.confirm", language));
  }

  /**
   * The confirmed change: the address is read back from the customer's protected message; without
   * it, staff finish the change with the customer already verified.
   */
  @Override
  public AssistantReply act(IntentRequest request) {
    CustomerId customer = request.customer();
    Optional<PostalAddress> address =
        Optional.ofNullable(request.parameters().get(ADDRESS_MESSAGE))
            .map(UUID::fromString)
            .flatMap(message -> protection.originalIn(customer, message, PiiType.ADDRESS))
            .flatMap(PostalAddress::parse);
    if (address.isEmpty() || !coreBanking.changeAddress(customer, address.get())) {
      return AssistantTexts.reply(
          "action.verified_handover", request.language(), Outcome.HANDED_OVER);
    }
    return reply("address.done", request.language());
  }

  private static AssistantReply reply(String key, Locale language) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED);
  }
}
