package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.DialogueStep;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.application.PaymentOrder;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.privacy.detection.PiiType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayeeAddHandlerTest {

  private static final String TASK = "payee_add";
  private static final String VALID = "DE02 1203 0000 0000 2020 51";
  private static final String MISTYPED = "DE02 1203 0000 0000 2020 15";
  private final MoneyTasksFixture bank = new MoneyTasksFixture();
  private final PayeeAddHandler handler = new PayeeAddHandler();

  PayeeAddHandlerTest() {
    bank.payee("Mia Schmidt", "8603");
    handler.tasks = bank.tasks;
    handler.coreBanking = bank.coreBanking();
    handler.payees = bank.payeeBook();
    handler.protection = bank.protection();
    handler.clock = bank.clock;
  }

  @Test
  void nameAndIbanAreKeptEncryptedTheTaskHoldsMessageIdsAndTheLastFourOnly() {
    Map<String, String> opening = bank.named(handler, "add a new payee");
    assertEquals(Map.of(), opening);
    assertEquals(
        "What is the name of the new payee, as the account is held? Please send just the name, for"
            + " example \"Max Mustermann\". You can reply \"cancel\" at any time.",
        bank.start(handler, opening).text());
    OpenTask task = bank.task().orElseThrow();
    assertEquals(Optional.of(PiiType.NAME), handler.keptWholeAs(task, "Tom Weber"));
    assertEquals(Optional.empty(), handler.keptWholeAs(task, "cancel"));
    assertEquals(Optional.of(PiiType.IBAN), handler.keptWholeAs(task, MISTYPED));

    UUID name = bank.kept(PiiType.NAME, "Tom Weber");
    DialogueStep iban = bank.say(handler, TASK, "[NAME]", name, true);
    assertTrue(iban.reply().text().startsWith("What is the IBAN of Tom Weber?"));
    assertEquals(Optional.of(PiiType.IBAN), handler.keptWholeAs(task, MISTYPED));
    assertEquals(Optional.empty(), handler.keptWholeAs(task, "Tom Weber"));

    DialogueStep invalid =
        bank.say(
            handler, TASK, "DE•• •••• •••• •••• ••20 15", bank.kept(PiiType.IBAN, MISTYPED), true);
    assertTrue(invalid.understood(), "an IBAN attempt, not a message for staff");
    assertEquals(
        "That is not a valid IBAN: its check digits do not match, so a character is probably"
            + " missing or mistyped. Please check it and send it again, or reply \"cancel\".",
        invalid.reply().text());

    UUID valid = bank.kept(PiiType.IBAN, VALID);
    DialogueStep summary = bank.say(handler, TASK, "DE•• •••• •••• •••• ••20 51", valid, true);
    assertEquals(
        "Please confirm: save Tom Weber as a payee with the IBAN ending 2051? You can then send"
            + " money to Tom Weber here in the chat. Reply \"yes\" to confirm or \"no\" to cancel.",
        summary.reply().text());
    assertEquals(
        Map.of(
            "name_message", name.toString(), "iban_message", valid.toString(), "iban_end", "2051"),
        task.slots());

    Map<String, String> confirmed = bank.say(handler, TASK, "yes").confirmed().orElseThrow();
    PaymentOrder order =
        handler
            .paymentOrder(
                new IntentRequest(TASK, bank.customer, java.util.Locale.ENGLISH, "", confirmed))
            .orElseThrow();
    assertEquals("Tom Weber", order.payeeName(), "the step-up names the new payee");
    assertEquals("2051", order.payeeIbanLast4());
    assertTrue(order.amount().isEmpty());
    AssistantReply done = bank.act(handler, TASK, confirmed);
    assertEquals(
        "Done: Tom Weber is saved as a payee (IBAN ending 2051). You can now send money to Tom"
            + " Weber, for example \"send 20 euros to Tom Weber\".",
        done.text());
    assertEquals(confirmed.get("payee"), done.done().get("payeeId"));
    assertEquals("ADDED", done.done().get("status"));
    assertTrue(done.done().containsKey("ibanToken"));
    assertFalse(done.done().toString().contains("1203"), "no IBAN in the audit record");
    assertEquals(
        "Tom Weber DE02120300000000202051",
        bank.saved.get(UUID.fromString(confirmed.get("payee"))));
    assertEquals("ALREADY_ADDED", bank.act(handler, TASK, confirmed).done().get("status"));
    assertEquals(1, bank.saved.size(), "saved once");
  }

  @Test
  void anIbanInTheFirstMessageIsTakenAndOnlyTheNameIsAskedFor() {
    UUID first = bank.kept(PiiType.IBAN, VALID);
    Map<String, String> opening =
        bank.named(handler, "add payee with IBAN DE•• •••• •••• •••• ••20 51", first);
    assertEquals(first.toString(), opening.get("iban_message"));
    assertEquals("2051", opening.get("iban_end"));
    assertEquals("payee_add.ask_name", bank.start(handler, opening).templateKey());
    DialogueStep summary =
        bank.say(handler, TASK, "[NAME]", bank.kept(PiiType.NAME, "Tom Weber"), true);
    assertEquals("payee_add.confirm", summary.reply().templateKey());
  }

  @Test
  void aNameInUseOrNoNameIsAskedForAgain() {
    bank.start(handler, Map.of());
    DialogueStep taken =
        bank.say(handler, TASK, "[NAME]", bank.kept(PiiType.NAME, "mia schmidt"), true);
    assertTrue(taken.understood());
    assertEquals(
        "You already have a payee called mia schmidt. Please send another name, or \"cancel\".",
        taken.reply().text());
    assertEquals("payee_add.name_unclear", bank.say(handler, TASK, "?!").reply().templateKey());
  }

  @Test
  void aMistypedIbanLeftInPlainTextIsRefusedWithoutRepeatingIt() {
    bank.start(handler, Map.of());
    bank.say(handler, TASK, "[NAME]", bank.kept(PiiType.NAME, "Tom Weber"), true);
    DialogueStep invalid = bank.say(handler, TASK, "it is " + MISTYPED);
    assertEquals("payee_add.iban_invalid", invalid.reply().templateKey());
    assertFalse(invalid.reply().text().contains("1203"));
    assertEquals("Cancelled. No payee was added.", bank.say(handler, TASK, "no").reply().text());
    assertTrue(bank.task().isEmpty());
  }

  @Test
  void speaksGerman() {
    bank.speak(Locale.GERMAN);
    AssistantReply ask = bank.start(handler, Map.of());
    assertTrue(ask.text().startsWith("Wie heißt der neue Empfänger"));
    DialogueStep iban =
        bank.say(handler, TASK, "[NAME]", bank.kept(PiiType.NAME, "Tom Weber"), true);
    assertTrue(iban.reply().text().startsWith("Wie lautet die IBAN von Tom Weber?"));
  }

  @Test
  void withoutItsValuesTheActionHandsOver() {
    assertEquals(
        "action.verified_handover",
        bank.act(handler, TASK, Map.of("payee", UUID.randomUUID().toString())).templateKey());
    assertTrue(bank.saved.isEmpty());
  }
}
