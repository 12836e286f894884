package io.tellerline.conversation.application.intents;

import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.DialogueTurn;
import io.tellerline.conversation.domain.ListChoice;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.kernel.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Choosing which one of the customer's items (a standing order, a direct debit) to cancel: by name
 * or by its number in the list; "which one?" with a numbered list of those that fit when several
 * do; then a confirmation naming the one chosen, and "yes". Texts are {@code <prefix>.which},
 * {@code .none}, {@code .again} and {@code .cancel_confirm}.
 */
final class CancelChoice<T> {

  /** Slot: the id of the item the customer chose. */
  static final String CHOSEN = "chosen";

  static final String WHICH = "which";

  /** The customer's items and how they are named and shown. */
  interface Items<T> {
    List<T> of(CustomerId customer);

    UUID id(T item);

    boolean named(String text, T item);

    /** The item as one line of the numbered list. */
    String line(int position, T item, Locale language);

    /** The arguments of {@code <prefix>.cancel_confirm}. */
    Object[] confirmation(T item, Locale language);
  }

  private final String prefix;
  private final Items<T> items;
  private final OpenTasks tasks;
  private final Instant now;

  CancelChoice(String prefix, Items<T> items, OpenTasks tasks, Instant now) {
    this.prefix = prefix;
    this.items = items;
    this.tasks = tasks;
    this.now = now;
  }

  /** The items the first message named, as picks (ids only, kept through the step-up). */
  Map<String, String> picksIn(String text, CustomerId customer) {
    List<T> all = items.of(customer);
    return Picks.of(fitting(text, all, false).stream().map(items::id).toList());
  }

  /** After the opening: the confirmation when one item fits, else "which one?". */
  AssistantReply ask(OpenTask task, CustomerId customer, Locale language) {
    List<T> all = items.of(customer);
    if (all.isEmpty()) {
      tasks.remove(task);
      return reply(prefix + ".none", language);
    }
    List<T> candidates = candidates(task, all);
    return candidates.size() == 1
        ? confirm(task, candidates.get(0), language)
        : which(task, candidates, language);
  }

  /** A turn while the task waits for the choice or for "yes" ("no" is the handler's). */
  DialogueStep next(OpenTask task, DialogueTurn turn) {
    Locale language = turn.language();
    List<T> all = items.of(turn.customer());
    Optional<T> chosen = chosen(task.slots(), all);
    if (OpenTask.CONFIRMATION.equals(task.awaiting()) && chosen.isPresent()) {
      if (DialogueStep.isYes(turn.maskedText())) {
        return DialogueStep.confirmed(task, tasks);
      }
      return DialogueStep.sayAgain(confirm(task, chosen.get(), language));
    }
    if (all.isEmpty()) {
      tasks.remove(task);
      return DialogueStep.say(reply(prefix + ".none", language));
    }
    List<T> candidates = candidates(task, all);
    List<T> fitting = fitting(turn.maskedText(), candidates, true);
    if (fitting.size() == 1) {
      return DialogueStep.say(confirm(task, fitting.get(0), language));
    }
    if (fitting.size() > 1) {
      return DialogueStep.say(which(task, fitting, language));
    }
    AssistantReply again = which(task, candidates, language);
    return DialogueStep.sayAgain(
        new AssistantReply(
            again.templateKey(),
            AssistantTexts.text(prefix + ".again", language) + " " + again.text(),
            again.outcome()));
  }

  /** The confirmed item, if the customer still has it. */
  Optional<T> chosen(Map<String, String> slots, List<T> all) {
    return Optional.ofNullable(slots.get(CHOSEN))
        .map(UUID::fromString)
        .flatMap(id -> all.stream().filter(item -> items.id(item).equals(id)).findFirst());
  }

  /** The picks still held, or every item when there are none. */
  private List<T> candidates(OpenTask task, List<T> all) {
    List<UUID> picks = Picks.in(task.slots());
    List<T> picked = all.stream().filter(item -> picks.contains(items.id(item))).toList();
    return picked.isEmpty() ? all : picked;
  }

  /** The items the text names: one by its number in the list, or those it names. */
  private List<T> fitting(String text, List<T> list, boolean bareNumber) {
    Optional<Integer> position = ListChoice.position(text, list.size(), bareNumber);
    if (position.isPresent()) {
      return List.of(list.get(position.get() - 1));
    }
    return list.stream().filter(item -> items.named(text, item)).toList();
  }

  private AssistantReply confirm(OpenTask task, T item, Locale language) {
    task.fill(CHOSEN, items.id(item).toString(), now);
    task.await(OpenTask.CONFIRMATION, now);
    return AssistantTexts.reply(
        prefix + ".cancel_confirm", language, Outcome.ANSWERED, items.confirmation(item, language));
  }

  private AssistantReply which(OpenTask task, List<T> candidates, Locale language) {
    Picks.keep(task, candidates.stream().map(items::id).toList(), now);
    task.await(WHICH, now);
    String lines =
        IntStream.range(0, candidates.size())
            .mapToObj(i -> items.line(i + 1, candidates.get(i), language))
            .collect(Collectors.joining("\n"));
    return AssistantTexts.reply(prefix + ".which", language, Outcome.ANSWERED, lines);
  }

  private static AssistantReply reply(String key, Locale language) {
    return AssistantTexts.reply(key, language, Outcome.ANSWERED);
  }
}
