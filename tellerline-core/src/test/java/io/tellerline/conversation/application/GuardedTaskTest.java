package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.Money;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The assistant's guarded tasks ({@link GuardedTask}): the first turn is the task's start at the
 * step-up gate; the task opens once the gate lets the start run, exactly once; one task per
 * conversation; the final "yes" passes the gate again.
 */
class GuardedTaskTest {

  private final AssistantFixture assistant = new AssistantFixture();
  private final PinLetter letters = new PinLetter(assistant.tasks);

  @Test
  void theFirstTurnIsTheStartAtTheGateAndNothingOpensOrIsAskedBeforeTheStepUp() {
    AssistantReply waits = assistant.sayBeforeStepUp(letters, "a PIN letter for card 4242");

    assertEquals(Outcome.STEP_UP_REQUIRED, waits.outcome());
    assertEquals(Map.of("card", "4242"), assistant.parkedStart().orElseThrow());
    assertFalse(assistant.parked().containsKey("conversation"), "the gate knows its conversation");
    assertTrue(assistant.task().isEmpty());
    assertTrue(letters.opened.isEmpty());
    assertTrue(letters.turns.isEmpty(), "the dialogue sees no first turn");
  }

  @Test
  void withAFreshSecondFactorTheTaskOpensAtOnceWithWhatTheFirstMessageNamed() {
    AssistantReply confirm = assistant.say(letters, "a PIN letter for card 4242");

    assertEquals("confirm:4242", confirm.text());
    assertTrue(assistant.pending.isEmpty());
    OpenTask task = assistant.task().orElseThrow();
    assertEquals("card_pin", task.task());
    assertEquals(Map.of("card", "4242"), task.slots());
    assertEquals(List.of(task), letters.opened);
  }

  @Test
  void onResumeTheTaskOpensExactlyOnceAndAReplayedResumeDoesNothing() {
    assistant.sayBeforeStepUp(letters, "I need a PIN letter");

    assertEquals("which card?", assistant.resume());
    assertEquals(1, letters.opened.size());
    assertEquals("card", assistant.task().orElseThrow().awaiting());
    assertEquals("confirm:7311", assistant.say(letters, "7311").text());

    assertEquals("which card?", assistant.resume(), "the recorded answer, replayed");
    assertEquals(1, letters.opened.size(), "not opened again");
    OpenTask task = assistant.task().orElseThrow();
    assertEquals(Map.of("card", "7311"), task.slots(), "the customer's progress is kept");
    assertEquals(OpenTask.CONFIRMATION, task.awaiting());
  }

  @Test
  void aStartFindingAnotherTaskOpenLeavesItAloneAndSaysSo() {
    assistant.sayBeforeStepUp(letters, "a PIN letter for card 4242");
    // Meanwhile the customer began a transfer, which waits for its "yes".
    OpenTask transfer = new OpenTask(assistant.conversation.id(), "transfer_money", START);
    transfer.fill("amount", "50", START);
    transfer.await(OpenTask.CONFIRMATION, START);
    assistant.tasks.add(transfer);

    String busy = assistant.resume();

    assertTrue(busy.startsWith("You have another request open in this chat."), busy);
    assertTrue(letters.opened.isEmpty());
    OpenTask open = assistant.task().orElseThrow();
    assertEquals("transfer_money", open.task(), "not replaced");
    assertEquals(Map.of("amount", "50"), open.slots());
    assertEquals(OpenTask.CONFIRMATION, open.awaiting());
    assertEquals(busy, assistant.resume(), "a replay neither opens the task");
    assertTrue(letters.opened.isEmpty());
  }

  @Test
  void theFinalYesGoesThroughTheGateAgainAsTheActionWithTheSlotsOnly() {
    assistant.say(letters, "a PIN letter for card 4242");

    AssistantReply waits = assistant.sayBeforeStepUp(letters, "yes");

    assertEquals(Outcome.STEP_UP_REQUIRED, waits.outcome());
    assertEquals(Map.of("card", "4242"), assistant.parked());
    assertTrue(assistant.parkedStart().isEmpty(), "an action, not a start");
    assertTrue(assistant.task().isEmpty());
    assertTrue(letters.acted.isEmpty());
    assertEquals("ordered:4242", assistant.resume());
    assertEquals(List.of(Map.of("card", "4242")), letters.acted);
    assertEquals(1, letters.opened.size());
  }

  @Test
  void aStartMovesNoMoneySoItIsNeverBoundToAPayment() {
    letters.payment = true;

    AssistantReply confirm = assistant.say(letters, "a PIN letter for card 4242");

    assertEquals("confirm:4242", confirm.text(), "run at once with the fresh second factor");
    AssistantReply bound = assistant.say(letters, "yes");
    assertEquals(Outcome.STEP_UP_REQUIRED, bound.outcome(), "the action is bound to its payment");
    assertTrue(letters.acted.isEmpty());
  }

  private static final java.time.Instant START = AssistantFixture.START;

  /**
   * A guarded task in its smallest form: a card named by its last four digits, then "yes". Its
   * action may claim to be a payment, which a start must never be bound to.
   */
  static final class PinLetter implements GuardedTask {
    final List<OpenTask> opened = new ArrayList<>();
    final List<DialogueTurn> turns = new ArrayList<>();
    final List<Map<String, String>> acted = new ArrayList<>();
    private final OpenTasks tasks;
    boolean payment;

    PinLetter(OpenTasks tasks) {
      this.tasks = tasks;
    }

    @Override
    public String task() {
      return "card_pin";
    }

    @Override
    public Map<String, String> named(DialogueTurn first) {
      return digits(first.maskedText()).map(card -> Map.of("card", card)).orElse(Map.of());
    }

    @Override
    public AssistantReply opened(OpenTask task, IntentRequest start) {
      opened.add(task);
      return ask(task);
    }

    @Override
    public DialogueStep next(DialogueTurn turn) {
      turns.add(turn);
      OpenTask task = turn.open().orElseThrow();
      if (DialogueStep.isYes(turn.maskedText()) && task.slot("card").isPresent()) {
        tasks.remove(task);
        return DialogueStep.confirm(task.slots());
      }
      digits(turn.maskedText()).ifPresent(card -> task.fill("card", card, START));
      return DialogueStep.say(ask(task));
    }

    @Override
    public Optional<PaymentOrder> paymentOrder(IntentRequest request) {
      PaymentOrder order =
          new PaymentOrder(Optional.of(Money.of("1", "EUR")), "Bank", "0000", Optional.empty());
      return Optional.of(order).filter(o -> payment);
    }

    @Override
    public AssistantReply act(IntentRequest request) {
      acted.add(request.parameters());
      return answer("ordered:" + request.parameters().get("card"));
    }

    private static AssistantReply ask(OpenTask task) {
      if (task.slot("card").isEmpty()) {
        task.await("card", START);
        return answer("which card?");
      }
      task.await(OpenTask.CONFIRMATION, START);
      return answer("confirm:" + task.slot("card").get());
    }

    private static Optional<String> digits(String text) {
      return java.util.regex.Pattern.compile("\\b\\d{4}\\b")
          .matcher(text)
          .results()
          .map(java.util.regex.MatchResult::group)
          .findFirst();
    }

    private static AssistantReply answer(String text) {
      return new AssistantReply("test", text, Outcome.ANSWERED);
    }
  }
}
