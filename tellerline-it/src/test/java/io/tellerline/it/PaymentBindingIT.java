package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PSD2 RTS Art. 5 (dynamic linking) on the real Keycloak (with Tellerline's provider) and Payara
 * Micro: the challenge of a transfer carries the payment the server computed; the chat pushes it to
 * Keycloak (PAR), which shows amount and payee with the one-time code and puts exactly that payment
 * into the token; the server performs the transfer only for that token, once. A token for one
 * payment is refused for any other; an ordinary mfa token for every payment, while other sensitive
 * actions keep the level-and-age policy.
 */
class PaymentBindingIT extends OnPayaraMicro {

  private static final String ALICE_CURRENT = "b0000000-0000-4000-8000-000000000011";
  private static final String ALICE_VISA = "d0000000-0000-4000-8000-000000000011";

  private final KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));

  @AfterEach
  void putTheCardBack() throws Exception {
    BankDatabase.update("update card set status = 'ACTIVE' where id = ?::uuid", ALICE_VISA);
  }

  @Test
  void aTokenBoundToOnePaymentWorksOnceAndForNoOther() throws Exception {
    String token = alice.signIn();
    String id = start(token);
    BigDecimal before = balance();

    HttpResponse<String> first = confirmTransfer(token, id, "25");
    JsonObject challenge = Json.parse(first.body());
    String details = challenge.getString("authorization_details");
    assertTrue(details.contains("\"amount\":\"25.00\""), details);
    assertTrue(details.contains("\"creditorName\":\"Mia Schmidt\""), details);
    assertTrue(details.contains("\"ibanEnding\":\"8603\""), details);
    assertFalse(details.contains("DE"), "never the IBAN: " + details);

    String bound = alice.stepUpForPayment("mfa", 300L, details);
    String page = alice.lastOneTimeCodePage();
    assertTrue(page.contains("Confirm €25.00 to Mia Schmidt, account ending 8603."), page);

    String resume = resumeLink(first);
    HttpResponse<String> performed = Http.post(resume, bound, "application/json", "");
    assertEquals(200, performed.statusCode(), performed.body());
    assertTrue(firstMessage(performed).startsWith("Done: €25.00 sent to Mia Schmidt."));
    HttpResponse<String> again = Http.post(resume, bound, "application/json", "");
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertEquals(0, before.subtract(new BigDecimal("25.00")).compareTo(balance()), "once");

    HttpResponse<String> sameAmount = confirmTransfer(token, id, "25");
    HttpResponse<String> refused = Http.post(resumeLink(sameAmount), bound, "application/json", "");
    assertEquals(401, refused.statusCode(), "a second payment with the first one's authorisation");
    assertTrue(Json.parse(refused.body()).containsKey("authorization_details"));

    HttpResponse<String> larger = confirmTransfer(token, id, "2500");
    String largerDetails = Json.parse(larger.body()).getString("authorization_details");
    assertTrue(largerDetails.contains("\"amount\":\"2500.00\""), largerDetails);
    assertEquals(
        401, Http.post(resumeLink(larger), bound, "application/json", "").statusCode(), "€2,500");
    assertEquals(0, before.subtract(new BigDecimal("25.00")).compareTo(balance()), "nothing more");
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where conversation_id = ?::uuid and event_type ="
                + " 'SENSITIVE_ACTION_RESUMED' and payload like ? and payload like ?",
            id,
            "%PERFORMED:transfer.done%",
            "%\"paymentBinding\":\"%"),
        "the payment's audit event records its binding");
  }

  @Test
  void detailsChangedInTheBrowserAndOrdinaryStepUpAreRefusedForPaymentsOnly() throws Exception {
    String token = alice.signIn();
    String id = start(token);
    BigDecimal before = balance();
    HttpResponse<String> challenged = confirmTransfer(token, id, "2500");
    String details = Json.parse(challenged.body()).getString("authorization_details");

    String tampered =
        alice.stepUpForPayment("mfa", 300L, details.replace("\"2500.00\"", "\"25.00\""));
    assertTrue(alice.lastOneTimeCodePage().contains("€25.00"), "Keycloak shows what it got");
    HttpResponse<String> refused =
        Http.post(resumeLink(challenged), tampered, "application/json", "");
    assertEquals(401, refused.statusCode(), refused.body());

    String ordinary = alice.stepUp("mfa", 300L);
    assertEquals(
        401,
        Http.post(resumeLink(challenged), ordinary, "application/json", "").statusCode(),
        "an mfa token that names no payment");
    assertEquals(0, before.compareTo(balance()), "no money moved");

    HttpResponse<String> named = say(token, id, "block my card");
    assertEquals(200, named.statusCode(), named.body());
    HttpResponse<String> block = say(token, id, "yes");
    assertEquals(401, block.statusCode(), block.body());
    assertFalse(Json.parse(block.body()).containsKey("authorization_details"));
    HttpResponse<String> blocked = Http.post(resumeLink(block), ordinary, "application/json", "");
    assertEquals(200, blocked.statusCode(), "card_block keeps the level-and-age policy");
    assertTrue(firstMessage(blocked).contains("is now blocked"), blocked.body());
  }

  /** Asks for a transfer to Mia turn by turn and answers the summary with "yes". */
  private HttpResponse<String> confirmTransfer(String token, String id, String amount) {
    assertEquals(200, say(token, id, "I want to transfer money").statusCode());
    assertEquals(200, say(token, id, "to Mia").statusCode());
    HttpResponse<String> summary = say(token, id, amount);
    assertTrue(summary.body().contains("Please confirm: send €"), summary.body());
    HttpResponse<String> challenged = say(token, id, "yes");
    assertEquals(401, challenged.statusCode(), challenged.body());
    return challenged;
  }

  private String start(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private HttpResponse<String> say(String token, String id, String text) {
    return Http.postJson(
        api("conversations/" + id + "/messages"), token, Json.object("text", text).toString());
  }

  private static BigDecimal balance() throws Exception {
    return (BigDecimal)
        BankDatabase.single("select balance from account where id = ?::uuid", ALICE_CURRENT);
  }

  private static String resumeLink(HttpResponse<String> challenged) {
    return Json.parse(challenged.body()).getJsonObject("pendingAction").getString("resume");
  }

  private static String firstMessage(HttpResponse<String> turn) {
    return Json.parse(turn.body()).getJsonArray("messages").getJsonObject(0).getString("body");
  }
}
