package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Standing orders, direct debits and payees in the chat, on the real server. Seeing them is guarded
 * like changing them, so the step-up comes with the first message; the confirmed change passes the
 * gate again and happens once, whoever replays the resume link. A payee added is at once a transfer
 * payee; its IBAN never appears in messages or the audit log.
 */
class MoneySelfServiceIT extends OnPayaraMicro {

  private static final String MIA = "d0000000-0000-4000-8000-000000000002";
  private static final String ALICE_CURRENT = "b0000000-0000-4000-8000-000000000011";
  private static final String PUREGYM = "f0000000-0000-4000-8000-000000000011";
  private static final String BASTIANS_GYM = "f0000000-0000-4000-8000-000000000021";
  private static final String ORDERS_TO_MIA =
      "select count(*) from standing_order where payee_id = ?::uuid and amount = 40"
          + " and rhythm = 'MONTHLY' and status = 'ACTIVE' and first_payment_on = ?";
  private static final String NEW_IBAN = "DE02 1203 0000 0000 2020 51";
  private static final String MISTYPED_IBAN = "DE02 1203 0000 0000 2020 15";

  @Test
  void aStandingOrderIsSetUpOnceAfterStepUpAndNobodyElseCanResumeIt() throws Exception {
    KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));
    String token = alice.signIn();
    String id = start(token);
    java.sql.Date first = java.sql.Date.valueOf(nextFirstOfMonth());
    try {
      HttpResponse<String> opening =
          post(token, id, "set up a standing order of 40 euros to Mia every month on the 1st");
      assertEquals(401, opening.statusCode(), "seeing or setting up needs the second factor");
      String mfa = alice.stepUp("mfa", 300L);
      HttpResponse<String> summary = Http.post(resumeLink(opening), mfa, "application/json", "");
      assertEquals(200, summary.statusCode(), summary.body());
      assertTrue(
          firstMessage(summary)
              .startsWith(
                  "Please confirm: a standing order of €40.00 to Mia Schmidt (account ending"
                      + " 8603), every month, the first payment on"),
          firstMessage(summary));

      // The token the chat still holds has no second factor: the change itself asks for it.
      HttpResponse<String> confirmed = post(token, id, "yes");
      assertEquals(401, confirmed.statusCode(), confirmed.body());
      String resume = resumeLink(confirmed);
      assertEquals(0, BankDatabase.count(ORDERS_TO_MIA, MIA, first), "nothing before step-up");
      String bastians = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));
      assertEquals(404, Http.post(resume, bastians, "application/json", "").statusCode());

      assertEquals(
          401,
          Http.post(resume, mfa, "application/json", "").statusCode(),
          "a set-up is a payment: its one-time code must name it (PSD2 dynamic linking)");
      String bound = alice.stepUpForPayment("mfa", 300L, authorizationDetails(confirmed));
      assertTrue(alice.lastOneTimeCodePage().contains("Confirm €40.00 to Mia Schmidt"));
      assertTrue(
          alice.lastOneTimeCodePage().contains("Repeats every month."),
          "the rhythm is shown with the code it is bound to");
      HttpResponse<String> done = Http.post(resume, bound, "application/json", "");
      assertEquals(200, done.statusCode(), done.body());
      assertTrue(
          firstMessage(done).startsWith("Done: your standing order of €40.00 to Mia Schmidt"),
          firstMessage(done));
      HttpResponse<String> again = Http.post(resume, bound, "application/json", "");
      assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
      assertEquals(1, BankDatabase.count(ORDERS_TO_MIA, MIA, first), "set up exactly once");
      assertEquals(
          1,
          BankDatabase.count(
              "select count(*) from audit_event where conversation_id = ?::uuid and event_type ="
                  + " 'SENSITIVE_ACTION_RESUMED' and payload like '%PERFORMED:standing_order"
                  + ".created%' and payload like '%\"status\":\"CREATED\"%'",
              id));

      String list = say(mfa, id, "show my standing orders");
      assertTrue(list.startsWith("Your standing orders:"), list);
      assertTrue(list.contains("Mia Schmidt: €40.00 every month"), list);
    } finally {
      BankDatabase.update(
          "delete from standing_order where payee_id = ?::uuid and amount = 40", MIA);
    }
  }

  @Test
  void aDirectDebitIsListedAndTheOneToTheGymCancelled() throws Exception {
    String mfa = new KeycloakLogin(DemoUser.named(DemoUser.ALICE)).stepUp("mfa", 300L);
    String id = start(mfa);
    try {
      String list = say(mfa, id, "show my direct debits");
      assertTrue(list.contains("PureGym Köln, mandate PG-2023-004411: last debit €24.99 on"), list);
      assertTrue(list.contains("Netflix, mandate NFX-7781-2209"), list);
      String confirm = say(mfa, id, "cancel my direct debit to the gym");
      assertTrue(
          confirm.startsWith(
              "Please confirm: cancel the direct debit mandate for PureGym Köln (mandate"
                  + " PG-2023-004411)?"),
          confirm);
      assertTrue(say(mfa, id, "yes").startsWith("Done: the direct debit mandate for PureGym Köln"));
      assertEquals("CANCELLED", status(PUREGYM));
      assertFalse(say(mfa, id, "show my direct debits").contains("PureGym"));
    } finally {
      BankDatabase.update(
          "update direct_debit_mandate set status = 'ACTIVE', cancelled_at = null where id ="
              + " ?::uuid",
          PUREGYM);
    }
  }

  @Test
  void aPayeeIsAddedWithACheckedIbanAndPaidInTheSameConversation() throws Exception {
    KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));
    String mfa = alice.stepUp("mfa", 300L);
    String id = start(mfa);
    BigDecimal before = balance();
    try {
      assertTrue(say(mfa, id, "add a new payee").startsWith("What is the name of the new payee"));
      assertTrue(say(mfa, id, "Tom Weber").startsWith("What is the IBAN of Tom Weber?"));
      String refused = say(mfa, id, MISTYPED_IBAN);
      assertTrue(refused.startsWith("That is not a valid IBAN"), refused);
      String summary = say(mfa, id, NEW_IBAN);
      assertTrue(
          summary.startsWith("Please confirm: save Tom Weber as a payee with the IBAN ending 2051"),
          summary);
      HttpResponse<String> adding = post(mfa, id, "yes");
      assertEquals(401, adding.statusCode(), "a new payee needs a one-time code naming it");
      String payeeBound = alice.stepUpForPayment("mfa", 300L, authorizationDetails(adding));
      assertTrue(
          alice.lastOneTimeCodePage().contains("Tom Weber, account ending 2051"),
          alice.lastOneTimeCodePage());
      HttpResponse<String> added =
          Http.post(resumeLink(adding), payeeBound, "application/json", "");
      assertEquals(200, added.statusCode(), added.body());
      assertTrue(firstMessage(added).startsWith("Done: Tom Weber is saved as a payee"));
      assertEquals(
          1,
          BankDatabase.count(
              "select count(*) from payee where name = 'Tom Weber' and iban = ?",
              NEW_IBAN.replace(" ", "")));

      String transfer = say(mfa, id, "send 15 euros to Tom Weber");
      assertTrue(
          transfer.startsWith("Please confirm: send €15.00 to Tom Weber (account ending 2051)"),
          transfer);
      // The payment itself needs a one-time code bound to it (PSD2 dynamic linking).
      HttpResponse<String> challenged =
          Http.postJson(
              api("conversations/" + id + "/messages"), mfa, Json.object("text", "yes").toString());
      assertEquals(401, challenged.statusCode(), challenged.body());
      String bound =
          alice.stepUpForPayment(
              "mfa", 300L, Json.parse(challenged.body()).getString("authorization_details"));
      HttpResponse<String> paid = Http.post(resumeLink(challenged), bound, "application/json", "");
      assertEquals(200, paid.statusCode(), paid.body());
      assertTrue(firstMessage(paid).startsWith("Done: €15.00 sent to Tom Weber."), paid.body());
      assertEquals(0, before.subtract(new BigDecimal("15.00")).compareTo(balance()));

      for (String iban : new String[] {NEW_IBAN, MISTYPED_IBAN}) {
        String compact = iban.replace(" ", "");
        assertEquals(
            0,
            BankDatabase.count(
                "select count(*) from conversation_message where conversation_id = ?::uuid"
                    + " and (replace(body, ' ', '') like ? or body = 'Tom Weber')",
                id,
                "%" + compact.substring(4, 16) + "%"),
            "IBANs (even a mistyped one) and the name as typed are stored encrypted only");
        assertEquals(
            0,
            BankDatabase.count(
                "select count(*) from audit_event where conversation_id = ?::uuid"
                    + " and payload like ?",
                id,
                "%" + compact.substring(4, 16) + "%"));
      }
    } finally {
      BankDatabase.update(
          "delete from account_transaction where account_id = ?::uuid and counterparty ="
              + " 'Tom Weber'",
          ALICE_CURRENT);
      BankDatabase.update(
          "update account set balance = ? where id = ?::uuid", before, ALICE_CURRENT);
      BankDatabase.update("delete from payee where name = 'Tom Weber'");
    }
  }

  @Test
  void einDauerauftragAufDeutschUndEineLastschriftBleibtAufWunsch() throws Exception {
    KeycloakLogin bastian = new KeycloakLogin(DemoUser.named(DemoUser.BASTIAN));
    String mfa = bastian.stepUp("mfa", 300L);
    String id = start(mfa);
    String euros = NumberFormat.getCurrencyInstance(Locale.GERMANY).format(25);
    String orders =
        "select count(*) from standing_order s join payee p on p.id = s.payee_id"
            + " where p.name = 'Lena Becker' and s.amount = 25 and s.status = 'ACTIVE'";
    long before = BankDatabase.count(orders);
    try {
      String summary =
          say(mfa, id, "Bitte einen Dauerauftrag über 25 Euro an Lena monatlich zum 1. einrichten");
      assertTrue(
          summary.startsWith(
              "Bitte bestätigen: ein Dauerauftrag über " + euros + " an Lena Becker"),
          summary);
      assertTrue(summary.contains("monatlich, erste Zahlung am"), summary);
      HttpResponse<String> confirmed = post(mfa, id, "ja");
      assertEquals(401, confirmed.statusCode(), confirmed.body());
      String bound = bastian.stepUpForPayment("mfa", 300L, authorizationDetails(confirmed));
      assertTrue(
          bastian.lastOneTimeCodePage().contains("Lena Becker"), bastian.lastOneTimeCodePage());
      HttpResponse<String> created =
          Http.post(resumeLink(confirmed), bound, "application/json", "");
      assertTrue(
          firstMessage(created).startsWith("Erledigt: Ihr Dauerauftrag über " + euros),
          created.body());
      assertEquals(before + 1, BankDatabase.count(orders));

      String confirm = say(mfa, id, "Lastschrift vom Fitnessstudio kündigen");
      assertTrue(
          confirm.startsWith(
              "Bitte bestätigen: das Lastschriftmandat für FitX Fitnessstudio (Mandat"
                  + " FX-88213-2024) kündigen?"),
          confirm);
      assertEquals("Abgebrochen. Ihre Lastschriften bleiben unverändert.", say(mfa, id, "nein"));
      assertEquals("ACTIVE", status(BASTIANS_GYM));
    } finally {
      BankDatabase.update(
          "delete from standing_order s using payee p where p.id = s.payee_id"
              + " and p.name = 'Lena Becker' and s.amount = 25 and s.reference = 'Standing order'");
    }
  }

  private static LocalDate nextFirstOfMonth() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    return today.getDayOfMonth() == 1 ? today : today.withDayOfMonth(1).plusMonths(1);
  }

  private static String status(String mandate) throws Exception {
    return (String)
        BankDatabase.single("select status from direct_debit_mandate where id = ?::uuid", mandate);
  }

  private static BigDecimal balance() throws Exception {
    return (BigDecimal)
        BankDatabase.single("select balance from account where id = ?::uuid", ALICE_CURRENT);
  }

  private String start(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private HttpResponse<String> post(String token, String id, String text) {
    return Http.postJson(
        api("conversations/" + id + "/messages"), token, Json.object("text", text).toString());
  }

  /** The assistant's last message after the customer's. */
  private String say(String token, String id, String text) {
    HttpResponse<String> answered = post(token, id, text);
    assertEquals(200, answered.statusCode(), answered.body());
    var messages =
        Json.parse(answered.body()).getJsonArray("messages").getValuesAs(JsonObject.class);
    return messages.get(messages.size() - 1).getString("body");
  }

  /** The payment the server computed, pushed to Keycloak with the step-up. */
  private static String authorizationDetails(HttpResponse<String> challenged) {
    return Json.parse(challenged.body()).getString("authorization_details");
  }

  private static String resumeLink(HttpResponse<String> challenged) {
    return Json.parse(challenged.body()).getJsonObject("pendingAction").getString("resume");
  }

  private static String firstMessage(HttpResponse<String> turn) {
    return Json.parse(turn.body()).getJsonArray("messages").getJsonObject(0).getString("body");
  }
}
