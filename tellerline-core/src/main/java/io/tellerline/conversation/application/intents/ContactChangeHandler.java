package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.ContactChannel;
import io.tellerline.banking.domain.ContactDetails;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.application.GuardedTask;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.NewContact;
import io.tellerline.conversation.domain.OneTimeCode;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.detection.PiiType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A new e-mail address or phone number, after step-up ({@link GuardedTask}). The new contact is
 * personal data: it is kept only as the encrypted original of the customer's message (the task
 * holds the message's id, logs and the audit trail its token). After the summary and "yes", a
 * one-time code goes to the new contact ({@link ContactCodes}); the customer types it in the chat.
 * Only a matching code, within ten minutes and three tries, confirms the task, whose change then
 * goes through the gate again and is made once.
 */
@ApplicationScoped
public class ContactChangeHandler implements GuardedTask {

  static final String TASK = "contact_details_change";
  static final String CHANNEL = "channel";
  static final String CONTACT_MESSAGE = "contact_message";
  static final String VALUE = "value";
  static final String CODE = "code";

  private static final Pattern EMAIL_WORDS =
      Pattern.compile("\\b(?:e-?mail\\w*|mail)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PHONE_WORDS =
      Pattern.compile(
          "\\b(?:phone|mobile|cell|telephone|number|telefon\\w*|handy\\w*|mobil\\w*|nummer)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  @Inject OpenTasks tasks;
  @Inject ContactDetails contactDetails;
  @Inject ContactCodes codes;
  @Inject Clock clock;

  @Override
  public String task() {
    return TASK;
  }

  /** The message the assistant asked for is the new contact when it is one as a whole. */
  @Override
  public Optional<PiiType> keptWholeAs(OpenTask task, String typed) {
    if (!VALUE.equals(task.awaiting())) {
      return Optional.empty();
    }
    return task.slot(CHANNEL)
        .map(ContactChannel::valueOf)
        .filter(channel -> channel.normalized(typed).isPresent())
        .map(ContactCodes::piiType);
  }

  /** The task, opened after step-up: the channel, the new contact, or the summary. */
  @Override
  public AssistantReply opened(OpenTask task, IntentRequest start) {
    return proceed(task, start.language(), clock.instant());
  }

  @Override
  public DialogueStep next(DialogueTurn turn) {
    String text = turn.maskedText();
    OpenTask task = turn.open().orElseThrow();
    Locale language = turn.language();
    Instant now = clock.instant();
    if (DialogueStep.isNo(text)) {
      tasks.remove(task);
      return DialogueStep.say(reply("contact.cancelled", language));
    }
    if (OpenTask.CONFIRMATION.equals(task.awaiting())) {
      return DialogueStep.isYes(text)
          ? sendCode(turn, task, now)
          : DialogueStep.sayAgain(proceed(task, language, now));
    }
    if (CODE.equals(task.awaiting())) {
      return checkCode(task, text, language, now);
    }
    Map<String, String> heard = named(turn);
    heard.forEach((slot, value) -> task.fill(slot, value, now));
    if (VALUE.equals(task.awaiting()) && !heard.containsKey(CONTACT_MESSAGE)) {
      return DialogueStep.sayAgain(
          reply("contact." + task.slot(CHANNEL).get() + ".unclear", language));
    }
    AssistantReply next = proceed(task, language, now);
    return heard.isEmpty() ? DialogueStep.sayAgain(next) : DialogueStep.say(next);
  }

  /** The verified change, made once. */
  @Override
  public AssistantReply act(IntentRequest request) {
    Locale language = request.language();
    Optional<NewContact> contact = contactOf(request.customer(), request.parameters());
    if (contact.isEmpty()
        || !contactDetails.change(
            request.customer(), contact.get().channel(), contact.get().value())) {
      return reply("contact.invalid", language);
    }
    return reply("contact." + contact.get().channel().name() + ".done", language)
        .withDone(
            Map.of(
                "channel", contact.get().channel().name(),
                "contact", contact.get().token(),
                "status", "CHANGED"));
  }

  private AssistantReply proceed(OpenTask task, Locale language, Instant now) {
    Optional<String> channel = task.slot(CHANNEL);
    if (channel.isEmpty()) {
      task.await(CHANNEL, now);
      return reply("contact.ask_channel", language);
    }
    if (task.slot(CONTACT_MESSAGE).isEmpty()) {
      task.await(VALUE, now);
      return reply("contact." + channel.get() + ".ask", language);
    }
    task.await(OpenTask.CONFIRMATION, now);
    return reply("contact." + channel.get() + ".confirm", language);
  }

  /** "Yes": the code goes to the new contact, the task waits for it. */
  private DialogueStep sendCode(DialogueTurn turn, OpenTask task, Instant now) {
    Optional<NewContact> contact = contactOf(turn.customer(), task.slots());
    if (contact.isEmpty()) {
      tasks.remove(task);
      return DialogueStep.say(reply("contact.invalid", turn.language()));
    }
    codes.send(turn.customer(), contact.get(), turn.language(), now).keepIn(task, now);
    task.await(CODE, now);
    return DialogueStep.say(
        reply("contact." + contact.get().channel().name() + ".code_sent", turn.language()));
  }

  private DialogueStep checkCode(OpenTask task, String text, Locale language, Instant now) {
    Optional<String> typed = OneTimeCode.typedIn(text);
    if (typed.isEmpty()) {
      return DialogueStep.sayAgain(reply("contact.ask_code", language));
    }
    OneTimeCode.Check check =
        codes.check(OneTimeCode.keptIn(task.slots()).orElseThrow(), typed.get(), now);
    switch (check.result()) {
      case MATCHED:
        tasks.remove(task);
        return DialogueStep.confirm(
            Map.of(
                CHANNEL, task.slot(CHANNEL).orElseThrow(),
                CONTACT_MESSAGE, task.slot(CONTACT_MESSAGE).orElseThrow()));
      case WRONG:
        check.after().keepIn(task, now);
        return DialogueStep.say(reply("contact.code_wrong", language, check.after().triesLeft()));
      default:
        tasks.remove(task);
        return DialogueStep.say(
            reply(
                check.result() == OneTimeCode.Result.EXPIRED
                    ? "contact.code_expired"
                    : "contact.code_exhausted",
                language));
    }
  }

  /**
   * The channel a message names, and the message itself when it holds exactly one contact (detected
   * or kept whole); the contact's channel wins over words.
   */
  @Override
  public Map<String, String> named(DialogueTurn turn) {
    String text = turn.maskedText();
    Map<String, String> named = new HashMap<>();
    int emails = count(text, "[" + PiiType.EMAIL.tokenLabel() + "]");
    int phones = count(text, "[" + PiiType.PHONE.tokenLabel() + "]");
    if (emails + phones == 1) {
      named.put(CHANNEL, (emails == 1 ? ContactChannel.EMAIL : ContactChannel.PHONE).name());
      named.put(CONTACT_MESSAGE, turn.messageId().toString());
    } else if (EMAIL_WORDS.matcher(text).find() != PHONE_WORDS.matcher(text).find()) {
      boolean email = EMAIL_WORDS.matcher(text).find();
      named.put(CHANNEL, (email ? ContactChannel.EMAIL : ContactChannel.PHONE).name());
    }
    return named;
  }

  private Optional<NewContact> contactOf(CustomerId customer, Map<String, String> slots) {
    Optional<ContactChannel> channel =
        Optional.ofNullable(slots.get(CHANNEL)).map(ContactChannel::valueOf);
    Optional<UUID> message = Optional.ofNullable(slots.get(CONTACT_MESSAGE)).map(UUID::fromString);
    return channel.flatMap(c -> message.flatMap(m -> codes.typedIn(customer, m, c)));
  }

  private static int count(String text, String mask) {
    int count = 0;
    for (int at = text.indexOf(mask); at >= 0; at = text.indexOf(mask, at + 1)) {
      count++;
    }
    return count;
  }

  private static AssistantReply reply(String key, Locale language, Object... arguments) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED, arguments);
  }
}
