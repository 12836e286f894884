package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.AssistantFixture.AmountDialogue;
import io.tellerline.conversation.application.AssistantFixture.EchoHandler;
import io.tellerline.conversation.domain.EscalationReason;
import io.tellerline.identity.application.CustomerSignInTooWeakException;
import io.tellerline.kernel.Caller;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.nlu.language.LanguageGuess;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TurnPipelineTest {

  private final EchoHandler balance = new EchoHandler("account_balance");
  private final AssistantFixture assistant = new AssistantFixture();
  private final AmountDialogue address = new AmountDialogue("address_change", assistant);
  private final Caller password = AssistantFixture.passwordCaller();

  TurnPipelineTest() {
    assistant.serve(balance, address);
  }

  @Test
  void aMessageIsStoredAnsweredAuditedAndAnnounced() {
    assistant.next = AssistantFixture.analysis("account_balance", 0.9);

    TurnResult turn = take("what is my balance?");

    assertEquals(List.of("what is my balance?"), assistant.understood);
    assertEquals(2, turn.messages().size(), "the question and the answer");
    assertEquals("CUSTOMER", turn.messages().get(0).author());
    assertTrue(turn.messages().get(1).body().startsWith("account_balance what is my balance?"));
    String decision = assistant.lastAudit("AI_DECISION");
    assertTrue(decision.contains("\"intent\":\"account_balance\""), decision);
    assertTrue(decision.contains("\"responseTemplate\":\"echo:account_balance\""), decision);
    assertTrue(decision.contains("\"action\":\"account_balance\""), decision);
    assertTrue(
        decision.contains("\"frustrationModelVersion\":\"test-frustration-model\""), decision);
    assertEquals(List.of(assistant.conversation.id()), assistant.announced);
  }

  @Test
  void theAuditNamesTheGateDecisionOfAConfirmedTaskNotOfTheYes() {
    assistant.next = AssistantFixture.analysis("address_change", 0.9);
    take("I moved");
    take("12");
    assistant.next = AssistantFixture.analysis("greeting", 0.9);

    TurnResult yes = take("yes");

    assertTrue(yes.stepUp().isPresent());
    String decision = assistant.lastAudit("AI_DECISION");
    assertTrue(decision.contains("\"intent\":\"greeting\""), decision);
    assertTrue(decision.contains("\"action\":\"address_change\""), decision);
    assertTrue(decision.contains("\"verdict\":\"STEP_UP_REQUIRED\""), decision);
  }

  @Test
  void aDialogueQuestionBeforeAGuardedStepIsAuditedAsServedNotAsRefused() {
    assistant.next = AssistantFixture.analysis("address_change", 0.9);

    TurnResult asked = take("I moved");

    assertTrue(asked.stepUp().isEmpty(), "only the confirmed step is guarded");
    String decision = assistant.lastAudit("AI_DECISION");
    assertTrue(decision.contains("\"verdict\":\"ALLOWED\""), decision);
    assertTrue(decision.contains("\"action\":\"customer.request\""), decision);
  }

  @Test
  void aTokenBelowThePolicysMinimumIsRefusedBeforeAnythingIsStoredOrUnderstood() {
    assistant.next = AssistantFixture.analysis("account_balance", 0.9);
    Caller restored =
        new Caller(
            "sub-alice",
            "alice",
            java.util.Set.of("customer"),
            "0",
            List.of(),
            java.util.Optional.empty());

    assertThrows(
        CustomerSignInTooWeakException.class,
        () ->
            assistant.pipeline.take(
                restored, assistant.customer, assistant.conversation, "my balance"));
    assertTrue(assistant.understood.isEmpty());
    assertTrue(assistant.audit.isEmpty());
  }

  @Test
  void aMessageTheOpenDialogueAsksToKeepWholeIsProtectedAsOneValue() {
    assistant.next = AssistantFixture.analysis("address_change", 0.9);
    take("I moved");

    take("address: 1 Long Street, London");

    assertEquals("{ADDRESS}", assistant.kept.get(assistant.kept.size() - 2));
    DialogueTurn turn = address.turns.get(1);
    assertTrue(turn.keptWhole());
    assertEquals("[ADDRESS]", turn.maskedText(), "the dialogue sees the value masked");
    assertEquals("[ADDRESS]", assistant.understood.get(1), "and so does the NLU");
  }

  @Test
  void withoutAnOpenDialogueNothingIsKeptWhole() {
    assistant.next = AssistantFixture.analysis("account_balance", 0.9);

    take("address: 1 Long Street, London");

    assertEquals("address: 1 Long Street, London", assistant.kept.get(0));
  }

  @Test
  void whileStaffServeTheMessageIsOnlyStoredForThem() {
    assistant.conversation.handOverToStaff(EscalationReason.CUSTOMER_ASKED, AssistantFixture.START);

    TurnResult turn = take("hello?");

    assertEquals(1, turn.messages().size());
    assertTrue(assistant.understood.isEmpty(), "the assistant does not read it");
    assertTrue(assistant.audit.isEmpty());
    assertEquals(List.of(assistant.conversation.id()), assistant.announced);
  }

  @Test
  void theFirstMessageChoosesTheLanguage() {
    MessageAnalysis balanceQuestion = AssistantFixture.analysis("account_balance", 0.9);
    assistant.next =
        new MessageAnalysis(
            new LanguageGuess("de", 0.99, false),
            balanceQuestion.intent(),
            balanceQuestion.frustration());

    take("Wie ist mein Kontostand?");

    assertEquals(Locale.GERMAN, assistant.conversation.language());
  }

  @Test
  void aPinIsNeitherStoredNorRoutedAndTheCustomerIsWarned() {
    EchoHandler pin = new EchoHandler("card_pin");
    assistant.serve(pin);
    assistant.next = AssistantFixture.analysis("card_pin", 0.9);

    TurnResult turn =
        assistant.pipeline.take(
            assistant.steppedUpCaller(),
            assistant.customer,
            assistant.conversation,
            "I forgot my PIN, it used to be 1234");

    String stored = turn.messages().get(0).body();
    assertEquals("I forgot my PIN, it used to be [PIN]", stored);
    assertTrue(assistant.kept.stream().noneMatch(text -> text.contains("1234")), "nothing kept");
    String reply = turn.messages().get(1).body();
    assertTrue(reply.startsWith("Please never share your PIN, your card"), reply);
    // The handler's parameters were read from the text without the PIN (36 characters, not 34).
    assertTrue(reply.endsWith("card_pin  {length=36}"), reply);
    assertTrue(assistant.lastAudit("AI_DECISION").contains("echo:card_pin"));
  }

  @Test
  void staffAreAlertedToARemovedSecurityCodeByKindNeverByValue() {
    assistant.next = AssistantFixture.analysis("card_lost", 0.9);

    TurnResult turn = take("someone used my card, the CVC is 737");

    assertEquals(List.of("CVC"), turn.messages().get(0).cardSecretsRemoved());
    assertEquals(List.of(), turn.messages().get(1).cardSecretsRemoved(), "only the customer's");
    String alert = assistant.lastAudit("CARD_SECRET_REMOVED");
    assertTrue(alert.contains("\"kinds\":[\"CVC\"]"), alert);
    assertTrue(alert.contains(assistant.conversation.customerId().toString()), alert);
    assertEquals(
        Set.of("messageId", "customer", "kinds"),
        Json.createReader(new StringReader(alert)).readObject().keySet(),
        "ids and kinds, never the value");
  }

  @Test
  void whileStaffServeARemovedPinStillAlertsThem() {
    assistant.conversation.handOverToStaff(EscalationReason.CUSTOMER_ASKED, AssistantFixture.START);

    take("my pin is 4711");
    take("and the CVC is 123");

    assertEquals(
        List.of("CVC", "PIN"), CardSecretScreen.removedFrom(assistant.conversation.messages()));
    assertEquals(
        2, assistant.audit.stream().filter(e -> e.type().equals("CARD_SECRET_REMOVED")).count());
  }

  @Test
  void aMessageWithoutCardSecretsRaisesNoAlert() {
    assistant.next = AssistantFixture.analysis("account_balance", 0.9);

    take("what is my balance?");

    assertTrue(CardSecretScreen.removedFrom(assistant.conversation.messages()).isEmpty());
    assertTrue(assistant.audit.stream().noneMatch(e -> e.type().equals("CARD_SECRET_REMOVED")));
  }

  @Test
  void aCardsLastFourDigitsStayUnlessWrittenAsThePin() {
    EchoHandler pin = new EchoHandler("card_pin");
    assistant.serve(pin);
    assistant.next = AssistantFixture.analysis("card_pin", 0.9);
    assertEquals(
        "PIN letter for my card 4242",
        take("PIN letter for my card 4242").messages().get(0).body());
    assertEquals("my PIN is [PIN]", take("my PIN is 4242").messages().get(0).body());
  }

  @Test
  void aPinMentionedUnderAnotherIntentIsRemovedToo() {
    assistant.next = AssistantFixture.analysis("account_balance", 0.9);

    TurnResult turn = take("balance please, my Geheimzahl is 98765");

    assertEquals("balance please, my Geheimzahl is [PIN]", turn.messages().get(0).body());
  }

  @Test
  void numbersOutsideAPinContextStay() {
    assistant.next = AssistantFixture.analysis("account_balance", 0.9);

    assertEquals("transfer 1500 to Mia", take("transfer 1500 to Mia").messages().get(0).body());
  }

  private TurnResult take(String text) {
    return assistant.pipeline.take(password, assistant.customer, assistant.conversation, text);
  }
}
