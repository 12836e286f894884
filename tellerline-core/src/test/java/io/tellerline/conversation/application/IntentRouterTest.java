package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.AssistantFixture.AmountDialogue;
import io.tellerline.conversation.application.AssistantFixture.EchoHandler;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.kernel.Caller;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IntentRouterTest {

  private final EchoHandler balance = new EchoHandler("account_balance");
  private final EchoHandler details = new EchoHandler("account_details");
  private final AssistantFixture assistant = new AssistantFixture();
  private final AmountDialogue transfer = new AmountDialogue("transfer_money", assistant);
  private final Caller password = AssistantFixture.passwordCaller();

  IntentRouterTest() {
    assistant.serve(balance, details, transfer);
  }

  @Test
  void anIntentThePolicyDoesNotGuardIsAnsweredAtOnceFromTheMessage() {
    Answer answer = assistant.respond(password, "account_balance", "what is my balance");

    assertEquals("echo:account_balance", answer.reply().templateKey());
    assertEquals("what is my balance", balance.requests.get(0).maskedText());
    assertTrue(answer.challenge().isEmpty());
    assertTrue(answer.gatedBy().isEmpty());
  }

  @Test
  void aGuardedIntentGoesThroughTheGateWithTheParametersItsHandlerKeeps() {
    Answer answer = assistant.respond(password, "account_details", "my full iban");

    assertEquals(Outcome.STEP_UP_REQUIRED, answer.reply().outcome());
    assertTrue(details.requests.isEmpty());
    assertEquals(Map.of("length", "12"), assistant.pending.values().iterator().next().parameters());
  }

  @Test
  void anIntentNoHandlerClaimsGoesToTheKnowledgeBaseOrToStaffAsThePolicySays() {
    Answer faq = assistant.respond(password, "fees", "what does an account cost");
    assertEquals("answer.not_yet_supported", faq.reply().templateKey());

    Answer pin = assistant.respond(assistant.steppedUpCaller(), "card_pin", "new pin");
    assertEquals("action.verified_handover", pin.reply().templateKey());
    assertEquals(Outcome.HANDED_OVER, pin.reply().outcome());
  }

  @Test
  void intentsTheCatalogueAlwaysEscalatesGoToStaff() {
    Answer answer = assistant.respond(password, "complaint", "I want to complain");

    assertEquals("answer.complaint", answer.reply().templateKey());
    assertEquals(Outcome.HANDED_OVER, answer.reply().outcome());
  }

  @Test
  void aSecondMisunderstandingInARowHandsOver() {
    assistant.next = AssistantFixture.analysis("fees", 0.2);
    Answer first = respondAsAnalysed("blorp");
    Answer second = respondAsAnalysed("blorp blorp");

    assertEquals(Outcome.NOT_UNDERSTOOD, first.reply().outcome());
    assertEquals("handover.low_confidence", second.reply().templateKey());
  }

  @Test
  void anOpenTaskTakesTheMessageEvenIfItLooksLikeAnotherIntent() {
    assistant.respond(password, "transfer_money", "send money");
    Answer slot = assistant.respond(password, "account_balance", "50");

    assertEquals("ask.yes", slot.reply().templateKey());
    assertTrue(balance.requests.isEmpty());
    assertEquals(2, transfer.turns.size());
    assertTrue(transfer.turns.get(0).open().isEmpty(), "the first turn starts the task");
    assertTrue(transfer.turns.get(1).open().isPresent());
  }

  @Test
  void aConfirmedTaskGoesThroughTheGateUnderItsOwnPolicyAction() {
    assistant.respond(password, "transfer_money", "send money");
    assistant.respond(password, "greeting", "50");
    Answer yes = assistant.respond(password, "greeting", "yes");

    assertEquals(Outcome.STEP_UP_REQUIRED, yes.reply().outcome());
    assertEquals("transfer_money", yes.gatedBy().orElseThrow().action());
    assertEquals(Map.of("amount", "50"), assistant.pending.values().iterator().next().parameters());
    assertTrue(transfer.performed.isEmpty());
    assertTrue(assistant.openTasks.isEmpty());
  }

  @Test
  void aMessageTheTaskCannotUseGoesToStaffWhenTriageSaysSo() {
    assistant.respond(password, "transfer_money", "send money");
    Answer complaint = assistant.respond(password, "complaint", "this is useless");

    assertEquals("answer.complaint", complaint.reply().templateKey());
    assertTrue(assistant.openTasks.isEmpty(), "the task is dropped");
  }

  @Test
  void aDialogueIntentDoesNotStartWhenTriageAnswers() {
    assistant.next = AssistantFixture.analysis("transfer_money", 0.2);
    Answer unsure = respondAsAnalysed("money?");

    assertEquals(Outcome.NOT_UNDERSTOOD, unsure.reply().outcome());
    assertTrue(transfer.turns.isEmpty());
    assertFalse(assistant.openTasks.containsKey(assistant.conversation.id()));
  }

  private Answer respondAsAnalysed(String text) {
    return assistant.router.respond(
        password,
        new IntentRouter.CustomerTurn(
            assistant.next,
            text,
            UUID.randomUUID(),
            false,
            assistant.openTasks.values().stream().findFirst()),
        assistant.conversation,
        assistant.customer);
  }
}
