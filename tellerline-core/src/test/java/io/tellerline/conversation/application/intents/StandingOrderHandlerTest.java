package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Payee;
import io.tellerline.banking.domain.Rhythm;
import io.tellerline.banking.domain.StandingOrder;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.application.PaymentOrder;
import io.tellerline.conversation.domain.OpenTask;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandingOrderHandlerTest {

  private static final String TASK = "standing_order";
  private final MoneyTasksFixture bank = new MoneyTasksFixture();
  private final StandingOrderHandler handler = new StandingOrderHandler();
  private final Payee klein = bank.payee("Hausverwaltung Klein", "6199");
  private final Payee mia = bank.payee("Mia Schmidt", "8603");

  StandingOrderHandlerTest() {
    StandingOrderSetUp setUp = new StandingOrderSetUp();
    setUp.tasks = bank.tasks;
    setUp.coreBanking = bank.coreBanking();
    setUp.standingOrders = bank.standingOrders();
    setUp.calendar = bank.calendar;
    setUp.clock = bank.clock;
    setUp.chatLimit = new BigDecimal("10000");
    handler.tasks = bank.tasks;
    handler.standingOrders = setUp.standingOrders;
    handler.setUp = setUp;
    handler.calendar = bank.calendar;
    handler.clock = bank.clock;
  }

  @Test
  void theFirstMessageGoesToTheGateWithIdsAmountsAndDatesOnlyAndOpensNoTask() {
    String first = "set up a monthly payment of 300 to Mia on the 1st";
    Map<String, String> opening = bank.named(handler, first);
    assertEquals("CREATE", opening.get("kind"));
    assertEquals(mia.id().toString(), opening.get("payee"));
    assertEquals("300", opening.get("amount"));
    assertEquals("MONTHLY", opening.get("rhythm"));
    assertEquals("2026-12-01", opening.get("first"));
    assertTrue(opening.values().stream().allMatch(v -> v.matches("[A-Za-z0-9.:_-]{1,64}")));
    bank.assistant.sayBeforeStepUp(handler, first);
    assertEquals(opening, bank.assistant.parkedStart().orElseThrow());
    assertTrue(bank.task().isEmpty(), "nothing is shown or asked before the step-up");
  }

  @Test
  void afterStepUpAsksOnlyWhatIsMissingThenSetsTheOrderUpOnce() {
    AssistantReply amount =
        bank.start(handler, Map.of("kind", "CREATE", "payee", mia.id().toString()));
    assertEquals("How much should go to Mia Schmidt each time?", amount.text());
    assertTrue(say("lots").reply().text().startsWith("Sorry, I did not get that. How much"));
    assertEquals(
        "How often should €50.00 go to Mia Schmidt: weekly, monthly, quarterly or yearly?",
        say("50").reply().text());
    assertTrue(say("every month").reply().text().startsWith("When should the first payment be?"));
    DialogueStep summary = say("on the 15th");
    assertEquals(
        "Please confirm: a standing order of €50.00 to Mia Schmidt (account ending 8603), every"
            + " month, the first payment on December 15, 2026. Reply \"yes\" to confirm or \"no\""
            + " to cancel.",
        summary.reply().text());
    assertEquals("standing_order.confirm", summary.reply().templateKey());

    Map<String, String> confirmed = say("yes").confirmed().orElseThrow();
    assertTrue(bank.task().isEmpty());
    PaymentOrder order = handler.paymentOrder(request(confirmed)).orElseThrow();
    assertEquals(Money.of("50", "EUR"), order.amount().orElseThrow(), "the step-up names it");
    assertEquals("Mia Schmidt", order.payeeName());
    assertEquals("8603", order.payeeIbanLast4());
    assertEquals("2026-12-15", order.executionDate().orElseThrow().toString());
    assertEquals(Optional.of(Rhythm.MONTHLY), order.rhythm(), "and its rhythm");
    AssistantReply done = bank.act(handler, TASK, confirmed);
    assertEquals(
        "Done: your standing order of €50.00 to Mia Schmidt, every month, is set up. The first"
            + " payment is on December 15, 2026.",
        done.text());
    assertEquals("CREATED", done.done().get("status"));
    assertEquals(confirmed.get("order"), done.done().get("standingOrderId"));
    assertEquals("50.00", done.done().get("amount"));
    assertEquals("2026-12-15", done.done().get("firstPayment"));
    assertEquals("ALREADY_CREATED", bank.act(handler, TASK, confirmed).done().get("status"));
    assertEquals(1, bank.orders.size(), "set up once");
  }

  @Test
  void anAmountOverTheLimitOrADayOutOfRangeIsAskedAgain() {
    bank.start(handler, Map.of("kind", "CREATE", "payee", klein.id().toString()));
    assertTrue(
        say("20000").reply().text().startsWith("Standing orders in the chat are limited to"));
    say("980");
    say("monthly");
    DialogueStep past = say("15.12.2030");
    assertTrue(past.understood(), "a day out of range is still a day");
    assertTrue(
        past.reply().text().startsWith("The first payment can be from today up to one year"));
    assertEquals("standing_order.confirm", say("tomorrow").reply().templateKey());
    assertEquals("2026-11-25", bank.task().orElseThrow().slot("first").orElseThrow());
  }

  @Test
  void withoutSavedPayeesTheCustomerIsToldToAddOne() {
    bank.payees.clear();
    AssistantReply none = bank.start(handler, Map.of("kind", "CREATE"));
    assertTrue(none.text().startsWith("You have no saved payees yet"));
    assertTrue(bank.task().isEmpty());
  }

  @Test
  void anUnclearRequestIsAskedAboutAndTheListShowsPayeeAmountRhythmAndNextPayment() {
    bank.order(klein, "980", Rhythm.MONTHLY);
    bank.order(mia, "25", Rhythm.WEEKLY);
    assertTrue(bank.named(handler, "standing orders").get("kind") == null);
    AssistantReply which = bank.start(handler, Map.of());
    assertEquals("standing_order.ask_kind", which.templateKey());
    assertFalse(say("hmm").understood());
    AssistantReply list = say("show them please").reply();
    assertEquals(
        "Your standing orders:\n"
            + "1. Hausverwaltung Klein: €980.00 every month, next payment on December 3, 2026\n"
            + "2. Mia Schmidt: €25.00 every week, next payment on November 28, 2026",
        list.text());
    assertTrue(bank.task().isEmpty());
    assertTrue(list.done().isEmpty(), "seeing changes nothing");
  }

  @Test
  void aListAskedForStraightAwayNeedsNoTaskAndNoneIsSaid() {
    assertEquals(
        "You have no standing orders.", bank.start(handler, Map.of("kind", "LIST")).text());
    assertTrue(bank.task().isEmpty());
  }

  @Test
  void cancelsTheOneChosenByItsNumberAfterAskingWhich() {
    bank.order(klein, "980", Rhythm.MONTHLY);
    StandingOrder toMia = bank.order(mia, "25", Rhythm.WEEKLY);
    AssistantReply which = bank.start(handler, Map.of("kind", "CANCEL"));
    assertTrue(which.text().startsWith("Which standing order shall I cancel?"), which.text());
    assertTrue(which.text().contains("\n2. Mia Schmidt: €25.00 every week"), which.text());
    DialogueStep confirm = say("2");
    assertEquals(
        "Please confirm: cancel the standing order of €25.00 every week to Mia Schmidt (next"
            + " payment on November 28, 2026)? Reply \"yes\" to confirm or \"no\" to keep it.",
        confirm.reply().text());
    Map<String, String> confirmed = say("yes").confirmed().orElseThrow();
    AssistantReply done = bank.act(handler, TASK, confirmed);
    assertEquals(
        "Done: your standing order of €25.00 to Mia Schmidt is cancelled. No further payments will"
            + " be made.",
        done.text());
    assertEquals(
        Map.of("standingOrderId", toMia.id().toString(), "status", "CANCELLED"), done.done());
    assertEquals(List.of(toMia.id().toString()), bank.cancelled);
    assertEquals(
        "standing_order.already_cancelled", bank.act(handler, TASK, confirmed).templateKey());
  }

  @Test
  void thePayeeNamedInTheFirstMessageIsConfirmedAtOnceAndNoKeepsIt() {
    StandingOrder toKlein = bank.order(klein, "980", Rhythm.MONTHLY);
    bank.order(mia, "25", Rhythm.WEEKLY);
    Map<String, String> opening =
        bank.named(handler, "cancel my standing order to Hausverwaltung Klein");
    assertEquals(toKlein.id().toString(), opening.get("pick_a"));
    AssistantReply confirm = bank.start(handler, opening);
    assertEquals("standing_order.cancel_confirm", confirm.templateKey());
    assertTrue(confirm.text().contains("to Hausverwaltung Klein"));
    assertEquals("Cancelled. Your standing orders are unchanged.", say("no").reply().text());
    assertTrue(bank.task().isEmpty());
    assertTrue(bank.cancelled.isEmpty());
  }

  @Test
  void speaksGerman() {
    bank.speak(Locale.GERMAN);
    Map<String, String> opening =
        bank.named(handler, "Dauerauftrag über 50 Euro an Mia monatlich zum 1.");
    AssistantReply summary = bank.start(handler, opening);
    assertTrue(
        summary
            .text()
            .startsWith(
                "Bitte bestätigen: ein Dauerauftrag über "
                    + Money.of("50", "EUR").format(Locale.GERMAN)
                    + " an Mia Schmidt"),
        summary.text());
    assertTrue(summary.text().contains("monatlich, erste Zahlung am 1. Dezember 2026"));
    assertTrue(say("ja").confirmed().isPresent());
  }

  @Test
  void anotherTaskOpenMeanwhileIsNotReplacedNorIsTheListShown() {
    bank.tasks.add(new OpenTask(bank.conversation.id(), "transfer_money", MoneyTasksFixture.NOW));
    AssistantReply busy = bank.start(handler, Map.of("kind", "CANCEL"));
    assertEquals("standing_order.busy", busy.templateKey());
    assertEquals("transfer_money", bank.task().orElseThrow().task());
    assertEquals("standing_order.busy", bank.start(handler, Map.of("kind", "LIST")).templateKey());
  }

  @Test
  void withoutItsSlotsTheActionHandsOverInsteadOfGuessing() {
    assertEquals(
        "action.verified_handover",
        bank.act(handler, TASK, Map.of("kind", "CANCEL")).templateKey());
  }

  private DialogueStep say(String text) {
    return bank.say(handler, TASK, text);
  }

  private IntentRequest request(Map<String, String> parameters) {
    return new IntentRequest(TASK, bank.customer, Locale.ENGLISH, "", parameters);
  }
}
