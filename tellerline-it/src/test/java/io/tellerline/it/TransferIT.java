package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Multi-turn tasks. A transfer as a conversation: the assistant asks for what is missing (payee,
 * amount), shows a summary, and on "yes" the money moves only after multi-factor step-up, exactly
 * once, and only with a one-time code bound to that payment (PSD2 dynamic linking); in German, with
 * everything in one message, a dated transfer is scheduled after its own bound step-up. An address
 * change: asked for, kept encrypted, confirmed, made once after step-up.
 */
class TransferIT extends OnPayaraMicro {

  private static final String ALICE_CUSTOMER = "a0000000-0000-4000-8000-000000000001";
  private static final String ALICE_CURRENT = "b0000000-0000-4000-8000-000000000011";
  private static final String TO_MIA =
      "select count(*) from account_transaction where account_id = ?::uuid"
          + " and counterparty = 'Mia Schmidt' and amount = -25.00 and reference = 'Chat transfer'";
  private static final String TO_LENA_TOMORROW =
      "select count(*) from scheduled_transfer s join payee p on p.id = s.payee_id"
          + " where p.name = 'Lena Becker' and s.amount = 30 and s.execute_on = ?";

  @Test
  void slotsAreFilledTurnByTurnAndTheMoneyMovesOnceAfterStepUp() throws Exception {
    KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));
    String token = alice.signIn();
    String id = start(token);
    BigDecimal before = balance();
    long paidToMia = BankDatabase.count(TO_MIA, ALICE_CURRENT);

    String payees = say(token, id, "I want to transfer money");
    assertTrue(payees.contains("Your saved payees: Hausverwaltung Klein, Mia Schmidt"), payees);
    String amount = say(token, id, "to Mia");
    assertTrue(amount.contains("How much would you like to send to Mia Schmidt?"), amount);
    assertTrue(say(token, id, "lots").startsWith("Sorry, I did not get that."));
    String summary = say(token, id, "25");
    assertTrue(
        summary.contains("Please confirm: send €25.00 to Mia Schmidt (account ending 8603)"),
        summary);

    HttpResponse<String> challenged =
        Http.postJson(api("conversations/" + id + "/messages"), token, "{\"text\":\"yes\"}");
    assertEquals(401, challenged.statusCode(), "moving money needs a fresh second factor");
    String resume = resumeLink(challenged);
    assertEquals(0, before.compareTo(balance()), "nothing moved before step-up");

    String mfa = alice.stepUpForPayment("mfa", 300L, authorizationDetails(challenged));
    HttpResponse<String> performed = Http.post(resume, mfa, "application/json", "");
    assertEquals(200, performed.statusCode(), performed.body());
    String done = firstMessage(performed);
    assertTrue(done.startsWith("Done: €25.00 sent to Mia Schmidt."), done);
    HttpResponse<String> again = Http.post(resume, mfa, "application/json", "");
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertEquals(0, before.subtract(new BigDecimal("25.00")).compareTo(balance()), "debited once");
    assertEquals(paidToMia + 1, BankDatabase.count(TO_MIA, ALICE_CURRENT));
  }

  @Test
  void everythingInOneGermanMessageIsScheduledAfterAStepUpForThatPayment() throws Exception {
    KeycloakLogin bastian = new KeycloakLogin(DemoUser.named(DemoUser.BASTIAN));
    String mfa = bastian.stepUp("mfa", 300L);
    String id = start(mfa);
    long scheduled = BankDatabase.count(TO_LENA_TOMORROW, tomorrow());
    java.text.NumberFormat german =
        java.text.NumberFormat.getCurrencyInstance(java.util.Locale.GERMANY);
    String summary = say(mfa, id, "Überweise 30 Euro an Lena morgen");
    String thirty = german.format(new BigDecimal("30"));
    assertTrue(summary.startsWith("Bitte bestätigen: " + thirty + " an Lena Becker"), summary);
    HttpResponse<String> challenged =
        Http.postJson(api("conversations/" + id + "/messages"), mfa, "{\"text\":\"ja\"}");
    assertEquals(401, challenged.statusCode(), "a fresh mfa token names no payment");
    assertEquals(0, BankDatabase.count(TO_LENA_TOMORROW, tomorrow()) - scheduled);
    String bound = bastian.stepUpForPayment("mfa", 300L, authorizationDetails(challenged));
    assertTrue(
        bastian.lastOneTimeCodePage().contains("Lena Becker"), bastian.lastOneTimeCodePage());
    HttpResponse<String> performed =
        Http.post(resumeLink(challenged), bound, "application/json", "");
    assertEquals(200, performed.statusCode(), performed.body());
    String done = firstMessage(performed);
    assertTrue(done.startsWith("Erledigt: " + thirty + " an Lena Becker ist für den"), done);
    assertEquals(scheduled + 1, BankDatabase.count(TO_LENA_TOMORROW, tomorrow()));
    String other = start(mfa);
    String payees = say(mfa, other, "Ich möchte Geld überweisen");
    assertTrue(payees.contains("Lena Becker, Stadtwerke"), payees);
    assertTrue(
        say(mfa, other, "abbrechen").startsWith("Abgebrochen. Es wurde kein Geld überwiesen."));
  }

  @Test
  void anAddressChangeIsAskedForConfirmedAndMadeOnceAfterStepUpWithTheAddressKeptEncrypted()
      throws Exception {
    KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));
    String token = alice.signIn();
    String id = start(token);
    try {
      String ask = say(token, id, "I have moved and need to change my address");
      assertTrue(ask.startsWith("Please type your new postal address"), ask);
      String unclear = say(token, id, "the house next to the bakery");
      assertTrue(unclear.startsWith("Sorry, I could not read that"), unclear);
      String check = say(token, id, "My new address is 7 Mill Lane, Cambridge CB2 1RX");
      assertTrue(check.startsWith("Please check the address you typed."), check);
      assertEquals(
          0,
          BankDatabase.count(
              "select count(*) from conversation_message where body like '%Mill Lane%'"),
          "the typed address is stored tokenized");
      assertEquals(
          1,
          BankDatabase.count(
              "select count(*) from protected_value v join conversation_message m"
                  + " on m.id = v.message_id where m.conversation_id = ?::uuid"
                  + " and m.author = 'CUSTOMER' and v.pii_type = 'ADDRESS'",
              id),
          "and kept encrypted");

      HttpResponse<String> challenged =
          Http.postJson(api("conversations/" + id + "/messages"), token, "{\"text\":\"yes\"}");
      assertEquals(401, challenged.statusCode(), "an address change needs a fresh second factor");
      assertEquals("Lindenallee 14", street(), "nothing changed before step-up");
      String resume = resumeLink(challenged);
      String mfa = alice.stepUp("mfa", 300L);
      HttpResponse<String> performed = Http.post(resume, mfa, "application/json", "");
      assertEquals(200, performed.statusCode(), performed.body());
      String done = firstMessage(performed);
      assertTrue(done.startsWith("Done: your postal address is changed."), done);
      assertEquals("7 Mill Lane", street());
      assertEquals(
          "CB2 1RX Cambridge",
          BankDatabase.single(
              "select postcode || ' ' || city from customer where id = ?::uuid", ALICE_CUSTOMER));
      HttpResponse<String> again = Http.post(resume, mfa, "application/json", "");
      assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
      String later = say(mfa, id, "I want to change my address");
      assertTrue(later.startsWith("Please type your new postal address"), later);
      assertTrue(say(mfa, id, "cancel").startsWith("Cancelled. Your address is unchanged."));
    } finally {
      BankDatabase.update(
          "update customer set street = 'Lindenallee 14', postcode = '50667', city = 'Köln'"
              + " where id = ?::uuid",
          ALICE_CUSTOMER);
    }
  }

  private static String street() throws Exception {
    return (String)
        BankDatabase.single("select street from customer where id = ?::uuid", ALICE_CUSTOMER);
  }

  private String start(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  /** The assistant's last message after the customer's. */
  private String say(String token, String id, String text) {
    HttpResponse<String> answered =
        Http.postJson(
            api("conversations/" + id + "/messages"), token, Json.object("text", text).toString());
    assertEquals(200, answered.statusCode(), answered.body());
    var messages =
        Json.parse(answered.body()).getJsonArray("messages").getValuesAs(JsonObject.class);
    return messages.get(messages.size() - 1).getString("body");
  }

  /** The bank's "tomorrow" (Europe/Berlin), as the assistant reads "morgen". */
  private static java.sql.Date tomorrow() {
    return java.sql.Date.valueOf(
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(1));
  }

  private static BigDecimal balance() throws Exception {
    return (BigDecimal)
        BankDatabase.single("select balance from account where id = ?::uuid", ALICE_CURRENT);
  }

  /** The link that runs the pending action once the customer has stepped up. */
  private static String resumeLink(HttpResponse<String> challenged) {
    return Json.parse(challenged.body()).getJsonObject("pendingAction").getString("resume");
  }

  /** The payment the server computed, to push to Keycloak with the step-up. */
  private static String authorizationDetails(HttpResponse<String> challenged) {
    return Json.parse(challenged.body()).getString("authorization_details");
  }

  /** The first assistant message of a turn's response. */
  private static String firstMessage(HttpResponse<String> turn) {
    return Json.parse(turn.body()).getJsonArray("messages").getJsonObject(0).getString("body");
  }
}
