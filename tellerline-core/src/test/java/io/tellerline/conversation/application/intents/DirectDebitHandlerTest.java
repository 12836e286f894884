package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.DirectDebit;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.DialogueStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectDebitHandlerTest {

  private static final String TASK = "direct_debit";
  private final MoneyTasksFixture bank = new MoneyTasksFixture();
  private final DirectDebitHandler handler = new DirectDebitHandler();
  private final DirectDebit gym = bank.debit("PureGym Köln", "fitness", "PG-2023-004411", "24.99");
  private final DirectDebit netflix = bank.debit("Netflix", "streaming", "NFX-7781-2209", "12.99");

  DirectDebitHandlerTest() {
    handler.tasks = bank.tasks;
    handler.directDebits = bank.directDebits();
    handler.clock = bank.clock;
  }

  @Test
  void theListNamesCreditorMandateAndLastAmountAfterTheStepUp() {
    bank.debit("Telekom Mobilfunk", "telecom", "TM-5512-7701", null);
    Map<String, String> opening = bank.named(handler, "show my direct debits");
    assertEquals(Map.of(), opening);
    bank.assistant.sayBeforeStepUp(handler, "show my direct debits");
    assertEquals(opening, bank.assistant.parkedStart().orElseThrow());
    assertTrue(bank.task().isEmpty());
    AssistantReply list = bank.start(handler, opening);
    assertEquals(
        "Your direct debits:\n"
            + "1. PureGym Köln, mandate PG-2023-004411: last debit €24.99 on November 2, 2026\n"
            + "2. Netflix, mandate NFX-7781-2209: last debit €12.99 on November 2, 2026\n"
            + "3. Telekom Mobilfunk, mandate TM-5512-7701: nothing debited yet",
        list.text());
    assertTrue(list.done().isEmpty());
    assertTrue(bank.task().isEmpty(), "seeing them ends the task");
  }

  @Test
  void cancelsTheDirectDebitToTheGymOnceAfterYes() {
    Map<String, String> opening = bank.named(handler, "cancel my direct debit to the gym");
    assertEquals("CANCEL", opening.get("kind"));
    assertEquals(gym.mandateId().toString(), opening.get("pick_a"));
    AssistantReply confirm = bank.start(handler, opening);
    assertEquals(
        "Please confirm: cancel the direct debit mandate for PureGym Köln (mandate PG-2023-004411)?"
            + " We will then refuse further debits from PureGym Köln under it. Reply \"yes\" to"
            + " confirm or \"no\" to keep it.",
        confirm.text());
    Map<String, String> confirmed = bank.say(handler, TASK, "yes").confirmed().orElseThrow();
    AssistantReply done = bank.act(handler, TASK, confirmed);
    assertTrue(done.text().startsWith("Done: the direct debit mandate for PureGym Köln"));
    assertEquals(
        Map.of("mandateId", gym.mandateId().toString(), "status", "CANCELLED"), done.done());
    assertEquals("ALREADY_CANCELLED", bank.act(handler, TASK, confirmed).done().get("status"));
    assertEquals(List.of(gym.mandateId().toString()), bank.cancelled);
  }

  @Test
  void asksWhichWhenSeveralFitAndTakesTheAnswerByNumberOrName() {
    DirectDebit studio = bank.debit("FitX Fitnessstudio", "fitness", "FX-88213-2024", "29.90");
    AssistantReply which = bank.start(handler, bank.named(handler, "stop the gym direct debit"));
    assertEquals(
        "Which direct debit shall I cancel? Reply with its number or the name of the company, or"
            + " \"no\" to stop.\n"
            + "1. PureGym Köln, mandate PG-2023-004411: last debit €24.99 on November 2, 2026\n"
            + "2. FitX Fitnessstudio, mandate FX-88213-2024: last debit €29.90 on November 2, 2026",
        which.text());
    DialogueStep unclear = bank.say(handler, TASK, "the blue one");
    assertTrue(unclear.reply().text().startsWith("Sorry, I did not get that. Which direct debit"));
    DialogueStep confirm = bank.say(handler, TASK, "FitX");
    assertTrue(confirm.reply().text().contains("FitX Fitnessstudio (mandate FX-88213-2024)"));
    assertEquals(
        studio.mandateId().toString(),
        bank.say(handler, TASK, "yes").confirmed().orElseThrow().get("chosen"));
  }

  @Test
  void whenTheWordsFitNoneEveryDirectDebitIsOfferedAndNoStops() {
    AssistantReply which =
        bank.start(handler, bank.named(handler, "cancel the direct debit to the florist"));
    assertEquals("direct_debit.which", which.templateKey());
    assertTrue(which.text().contains("1. PureGym Köln") && which.text().contains("2. Netflix"));
    assertEquals("direct_debit.cancel_confirm", bank.say(handler, TASK, "2").reply().templateKey());
    assertEquals(
        "Cancelled. Your direct debits are unchanged.",
        bank.say(handler, TASK, "no").reply().text());
    assertTrue(bank.cancelled.isEmpty());
  }

  @Test
  void withoutDirectDebitsThereIsNothingToChoose() {
    bank.debits.clear();
    assertEquals("You have no direct debits.", bank.start(handler, Map.of()).text());
    assertEquals(
        "You have no direct debits.", bank.start(handler, Map.of("kind", "CANCEL")).text());
    assertTrue(bank.task().isEmpty());
  }

  @Test
  void aMandateCancelledMeanwhileIsReportedNotGuessed() {
    Map<String, String> confirmed =
        Map.of("kind", "CANCEL", "chosen", java.util.UUID.randomUUID().toString());
    assertEquals("direct_debit.not_found", bank.act(handler, TASK, confirmed).templateKey());
  }
}
