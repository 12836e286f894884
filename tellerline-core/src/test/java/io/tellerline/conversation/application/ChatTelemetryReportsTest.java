package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.AssistantFixture.EchoHandler;
import io.tellerline.conversation.domain.EscalationReason;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.nlu.language.LanguageGuess;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a turn reports to the chat's metrics: once, after the turn, with outcome and language. */
class ChatTelemetryReportsTest {

  private final EchoHandler balance = new EchoHandler("account_balance");
  private final EchoHandler block = new EchoHandler("card_block");
  private final AssistantFixture assistant = new AssistantFixture(balance, block);

  @Test
  void anAnsweredTurnIsReportedOnceWithItsLanguageAndTime() {
    assistant.next = AssistantFixture.analysis("account_balance", 0.9);

    take("what is my balance?");

    assertEquals(List.of("turn ANSWERED en"), assistant.telemetry.reported);
    assertTrue(assistant.telemetry.turnNanos.get(0) > 0);
  }

  @Test
  void aTurnInGermanIsReportedInGerman() {
    MessageAnalysis english = AssistantFixture.analysis("account_balance", 0.9);
    assistant.next =
        new MessageAnalysis(
            new LanguageGuess("de", 0.99, false), english.intent(), english.frustration());

    take("Wie ist mein Kontostand?");

    assertEquals(List.of("turn ANSWERED de"), assistant.telemetry.reported);
  }

  @Test
  void aMessageForStaffIsATurnWithStaff() {
    assistant.conversation.handOverToStaff(EscalationReason.CUSTOMER_ASKED, AssistantFixture.START);

    take("hello?");

    assertEquals(List.of("turn WITH_STAFF en"), assistant.telemetry.reported);
  }

  @Test
  void aCustomerAskingForAPersonIsAHandOverForThatReason() {
    assistant.next = AssistantFixture.analysis("human_agent", 0.95);

    take("can I talk to a person please");

    assertEquals(
        List.of("handed over CUSTOMER_ASKED", "turn HANDED_OVER en"), assistant.telemetry.reported);
  }

  @Test
  void everyStepOfAStepUpIsReportedWithItsResult() {
    assistant.next = AssistantFixture.analysis("card_block", 0.95);
    take("block my card");
    UUID pending = List.copyOf(assistant.pending.keySet()).get(0);

    assistant.gate.resume(
        AssistantFixture.passwordCaller(), assistant.customer, assistant.conversation, pending);
    assistant.resume();
    assistant.resume();

    assertEquals(
        List.of(
            "step-up REQUIRED",
            "turn STEP_UP_REQUIRED en",
            "step-up REFUSED",
            "step-up PERFORMED",
            "step-up REPLAYED"),
        assistant.telemetry.reported);
  }

  @Test
  void aRequestTheAssistantDoesNotKnowIsNotUnderstood() {
    assistant.next = AssistantFixture.analysis("out_of_scope", 0.2);

    take("what is the meaning of life");

    assertEquals(List.of("turn NOT_UNDERSTOOD en"), assistant.telemetry.reported);
  }

  private void take(String text) {
    assistant.pipeline.take(
        AssistantFixture.passwordCaller(), assistant.customer, assistant.conversation, text);
  }
}
