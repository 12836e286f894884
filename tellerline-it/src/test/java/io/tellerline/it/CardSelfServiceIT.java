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
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Card self-service and contact changes on the real server, each guarded by the step-up gate from
 * its first message: a daily limit raised within its range (once, even when the resume link is
 * replayed) and refused above the maximum; a PIN letter ordered in German; Alice's new card
 * activated with its last four digits; an e-mail address changed with the one-time code sent to it,
 * and a phone change dropped after three wrong codes; a PIN typed into the chat kept nowhere.
 *
 * <p>The one-time code is read from the development notifier's outbox, a directory the failsafe
 * configuration names ({@code TELLERLINE_NOTIFIER_DEV_OUTBOX}): the notifier writes it only when
 * that setting is present and the profile is not production, so a production server never does. The
 * server log shows the code masked.
 */
class CardSelfServiceIT extends OnPayaraMicro {

  private static final String ALICE = "a0000000-0000-4000-8000-000000000001";
  private static final UUID ALICE_VISA = UUID.fromString("d0000000-0000-4000-8000-000000000011");
  private static final UUID ALICE_NEW_VISA =
      UUID.fromString("d0000000-0000-4000-8000-000000000013");
  private static final UUID BASTIAN_GIROCARD =
      UUID.fromString("d0000000-0000-4000-8000-000000000021");
  private static final String WITHDRAWAL_LIMIT =
      "select amount from card_limit where card_id = ? and limit_type = 'DAILY_WITHDRAWALS'";
  private static final String LIMIT_CHANGES_TO_800 =
      "select count(*) from card_limit_change where card_id = ?"
          + " and limit_type = 'DAILY_WITHDRAWALS' and new_amount = 800";

  @Test
  void aLimitIsRaisedWithinItsRangeOnceAndRefusedAboveItsMaximum() throws Exception {
    KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));
    String password = alice.signIn();
    String id = start(password);
    long changes = BankDatabase.count(LIMIT_CHANGES_TO_800, ALICE_VISA);
    try {
      HttpResponse<String> challenged =
          post(password, id, "raise the cash withdrawal limit of my card 4242 to 800");
      assertEquals(401, challenged.statusCode(), "even showing limits needs the second factor");
      String mfa = alice.stepUp("mfa", 300L);
      String summary = firstMessage(Http.post(resumeLink(challenged), mfa, "application/json", ""));
      assertTrue(
          summary.startsWith(
              "Please confirm: set the daily limit for cash withdrawals on your VISA card ending"
                  + " 4242 to €800.00."),
          summary);

      // The customer's chat still holds the password-only token: the "yes" is challenged again.
      HttpResponse<String> yes = post(password, id, "yes");
      assertEquals(401, yes.statusCode(), yes.body());
      assertEquals(0, new BigDecimal("500").compareTo(withdrawalLimit()), "nothing changed yet");
      String resume = resumeLink(yes);
      HttpResponse<String> performed = Http.post(resume, mfa, "application/json", "");
      assertEquals(200, performed.statusCode(), performed.body());
      assertTrue(
          firstMessage(performed)
              .startsWith(
                  "Done: the daily limit for cash withdrawals on your VISA card ending 4242"
                      + " is now €800.00."),
          performed.body());
      HttpResponse<String> replayed = Http.post(resume, mfa, "application/json", "");
      assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse(""));
      assertEquals(0, new BigDecimal("800").compareTo(withdrawalLimit()));
      assertEquals(changes + 1, BankDatabase.count(LIMIT_CHANGES_TO_800, ALICE_VISA), "once");
      assertEquals(1, performedEvents(id, "card_limits.done", "\"changeId\""));

      String refused = say(mfa, id, "set the cash withdrawal limit of card 4242 to 5000");
      assertTrue(
          refused.startsWith(
              "The daily limit for cash withdrawals on this card can be at"
                  + " most €1,500.00, so I cannot set it to €5,000.00."),
          refused);
      assertTrue(say(mfa, id, "no").startsWith("Cancelled. Your card limits are unchanged."));
      assertEquals(0, new BigDecimal("800").compareTo(withdrawalLimit()));
    } finally {
      BankDatabase.update(
          "update card_limit set amount = 500 where card_id = ?"
              + " and limit_type = 'DAILY_WITHDRAWALS'",
          ALICE_VISA);
    }
  }

  @Test
  void aGermanCustomerOrdersAPinLetterOnce() throws Exception {
    KeycloakLogin bastian = new KeycloakLogin(DemoUser.named(DemoUser.BASTIAN));
    String mfa = bastian.stepUp("mfa", 300L);
    String id = start(mfa);
    long letters = pinLetters(BASTIAN_GIROCARD);
    String way = say(mfa, id, "Ich habe meine PIN vergessen");
    assertTrue(way.startsWith("Ich kann Ihnen Ihre PIN per Brief"), way);
    String summary = say(mfa, id, "Brief bitte");
    assertTrue(
        summary.startsWith(
            "Bitte bestätigen: Die PIN Ihrer GIROCARD-Karte mit der Endung 5100 per Brief"),
        summary);
    String done = say(mfa, id, "ja");
    assertTrue(done.startsWith("Erledigt: Der PIN-Brief für Ihre GIROCARD-Karte"), done);
    assertEquals(letters + 1, pinLetters(BASTIAN_GIROCARD));
    assertEquals(1, aiDecisions(id, "card_pin.done", "\"pinLetterId\""));
  }

  @Test
  void theNewCardIsActivatedWithTheLastFourDigitsTypedByTheCustomer() throws Exception {
    KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));
    String password = alice.signIn();
    String id = start(password);
    try {
      HttpResponse<String> challenged = post(password, id, "I want to activate my new card");
      assertEquals(401, challenged.statusCode(), challenged.body());
      String mfa = alice.stepUp("mfa", 3L);
      String ask = firstMessage(Http.post(resumeLink(challenged), mfa, "application/json", ""));
      assertTrue(ask.startsWith("Please type the last four digits of your new card"), ask);
      assertFalse(ask.contains("7311"));
      // The test environment allows 3 s for card_activate (see the pom): step up again if asked.
      String confirm = sayOrStepUp(alice, mfa, id, "7311");
      assertTrue(
          confirm.startsWith("Please confirm: activate your VISA card ending 7311."), confirm);
      assertEquals("PENDING_ACTIVATION", cardStatus(ALICE_NEW_VISA));
      String done = sayOrStepUp(alice, mfa, id, "yes");
      assertTrue(done.startsWith("Done: your VISA card ending 7311 is active"), done);
      assertEquals("ACTIVE", cardStatus(ALICE_NEW_VISA));
    } finally {
      BankDatabase.update(
          "update card set status = 'PENDING_ACTIVATION' where id = ?", ALICE_NEW_VISA);
    }
  }

  @Test
  void anEmailAddressIsChangedOnlyWithTheCodeSentToIt() throws Exception {
    KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));
    String mfa = alice.stepUp("mfa", 300L);
    String id = start(mfa);
    String address = "alice.moved." + System.nanoTime() + "@example.org";
    try {
      String ask = say(mfa, id, "I need to change my e-mail address");
      assertTrue(ask.startsWith("Please type your new e-mail address."), ask);
      String confirm = say(mfa, id, address);
      assertTrue(confirm.startsWith("Please confirm: make the e-mail address you typed"), confirm);
      String sent = say(mfa, id, "yes");
      assertTrue(sent.startsWith("I have sent a 6-digit code to your new e-mail address."), sent);
      String code = lastCode();
      String wrong = code.equals("000000") ? "111111" : "000000";
      assertTrue(say(mfa, id, wrong).contains("(2 tries left)"));
      assertEquals("alice.andersen@example.com", contact("EMAIL"), "unchanged before the code");
      String done = say(mfa, id, code);
      assertTrue(done.startsWith("Done: your e-mail address with the bank is changed."), done);
      assertEquals(address, contact("EMAIL"));
      assertEquals(1, aiDecisions(id, "contact.EMAIL.done", "\"contact\":\"[EMAIL:"));
      assertKeptNowhereInClear(id, address);
      // The server kept the code only as a hash; what the customer typed is in the transcript,
      // spent once it matched.
      assertEquals(
          0,
          BankDatabase.count(
              "select count(*) from audit_event where conversation_id = ? and payload like ?",
              UUID.fromString(id),
              "%" + code + "%"));
    } finally {
      BankDatabase.update(
          "update customer_contact set value = 'alice.andersen@example.com'"
              + " where customer_id = ?::uuid and channel = 'EMAIL'",
          ALICE);
    }
  }

  @Test
  void threeWrongCodesDropAPhoneChange() throws Exception {
    KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));
    String mfa = alice.stepUp("mfa", 300L);
    String id = start(mfa);
    assertTrue(say(mfa, id, "I need to update my phone number").startsWith("Please type your"));
    say(mfa, id, "+49 170 5550199");
    say(mfa, id, "yes");
    String code = lastCode();
    String wrong = code.equals("000000") ? "111111" : "000000";
    say(mfa, id, wrong);
    say(mfa, id, wrong);
    String dropped = say(mfa, id, wrong);
    assertTrue(dropped.startsWith("That code was wrong three times"), dropped);
    assertEquals("+49 151 55501010", contact("PHONE"), "unchanged");
    assertKeptNowhereInClear(id, "5550199");
  }

  @Test
  void aPinTypedIntoTheChatIsKeptNowhere() throws Exception {
    String password = new KeycloakLogin(DemoUser.named(DemoUser.ALICE)).signIn();
    String id = start(password);
    HttpResponse<String> challenged = post(password, id, "I forgot my PIN, it used to be 2580");
    assertEquals(401, challenged.statusCode(), challenged.body());
    List<JsonObject> shown =
        Json.parse(challenged.body()).getJsonArray("messages").getValuesAs(JsonObject.class);
    assertEquals("I forgot my PIN, it used to be [PIN]", shown.get(0).getString("body"));
    assertTrue(
        shown.get(1).getString("body").startsWith("Please never share your PIN, your card's"),
        shown.toString());
    assertKeptNowhereInClear(id, "2580");
  }

  @Test
  void aSecurityCodeAndExpiryDateTypedIntoTheChatAreKeptNowhere() throws Exception {
    String password = new KeycloakLogin(DemoUser.named(DemoUser.ALICE)).signIn();
    String id = start(password);
    HttpResponse<String> answered =
        post(
            password,
            id,
            "my payment was declined, the security code on the back is 739 and it expires 11/29");
    List<JsonObject> shown =
        Json.parse(answered.body()).getJsonArray("messages").getValuesAs(JsonObject.class);
    assertEquals(
        "my payment was declined, the security code on the back is [CVC] and it expires"
            + " [EXPIRY]",
        shown.get(0).getString("body"));
    assertTrue(
        shown.get(1).getString("body").startsWith("Please never share your PIN, your card's"),
        shown.toString());
    assertKeptNowhereInClear(id, "11/29");
    assertKeptNowhereInClear(id, "back is 739");
  }

  /** Neither the messages, their protected values, the pending actions nor the audit hold it. */
  private static void assertKeptNowhereInClear(String conversation, String secret)
      throws Exception {
    String like = "%" + secret + "%";
    UUID id = UUID.fromString(conversation);
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from conversation_message where conversation_id = ? and body like ?",
            id,
            like));
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from protected_value where conversation_id = ? and token like ?",
            id,
            like));
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from pending_action_parameter p join pending_action a"
                + " on a.id = p.pending_action_id where a.conversation_id = ? and p.value like ?",
            id,
            like));
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from conversation_task where conversation_id = ? and slots like ?",
            id,
            like));
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from audit_event where conversation_id = ? and payload like ?",
            id,
            like));
  }

  /** The code the development notifier last dropped into Alice's outbox file. */
  private static String lastCode() throws IOException {
    String outbox = System.getenv("TELLERLINE_NOTIFIER_DEV_OUTBOX");
    assertTrue(outbox != null && !outbox.isBlank(), "TELLERLINE_NOTIFIER_DEV_OUTBOX (see the pom)");
    List<String> lines =
        Files.readAllLines(Path.of(outbox, ALICE + ".codes"), StandardCharsets.UTF_8);
    String last = lines.get(lines.size() - 1);
    return last.substring(last.lastIndexOf(' ') + 1);
  }

  private static String contact(String channel) throws Exception {
    return (String)
        BankDatabase.single(
            "select value from customer_contact where customer_id = ?::uuid and channel = ?",
            ALICE,
            channel);
  }

  private static BigDecimal withdrawalLimit() throws Exception {
    return (BigDecimal) BankDatabase.single(WITHDRAWAL_LIMIT, ALICE_VISA);
  }

  private static long pinLetters(UUID card) throws Exception {
    return BankDatabase.count("select count(*) from pin_letter where card_id = ?", card);
  }

  private static String cardStatus(UUID card) throws Exception {
    return (String) BankDatabase.single("select status from card where id = ?", card);
  }

  /** Actions performed on resume whose record of what they did names this key. */
  private static long performedEvents(String conversation, String template, String doneKey)
      throws Exception {
    return BankDatabase.count(
        "select count(*) from audit_event where conversation_id = ? and event_type ="
            + " 'SENSITIVE_ACTION_RESUMED' and payload like ? and payload like ?",
        UUID.fromString(conversation),
        "%\"result\":\"PERFORMED:" + template + "\"%",
        "%" + doneKey + "%");
  }

  /** Actions performed at once (fresh second factor) whose record names this key. */
  private static long aiDecisions(String conversation, String template, String doneKey)
      throws Exception {
    return BankDatabase.count(
        "select count(*) from audit_event where conversation_id = ? and event_type ="
            + " 'AI_DECISION' and payload like ? and payload like ?",
        UUID.fromString(conversation),
        "%\"responseTemplate\":\"" + template + "\"%",
        "%" + doneKey + "%");
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
    return lastMessage(answered);
  }

  /** Says it; when the gate asks for a fresh second factor, steps up and resumes. */
  private String sayOrStepUp(KeycloakLogin session, String token, String id, String text) {
    HttpResponse<String> answered = post(token, id, text);
    if (answered.statusCode() != 401) {
      assertEquals(200, answered.statusCode(), answered.body());
      return lastMessage(answered);
    }
    String fresh = session.stepUp("mfa", 3L);
    HttpResponse<String> resumed = Http.post(resumeLink(answered), fresh, "application/json", "");
    assertEquals(200, resumed.statusCode(), resumed.body());
    return firstMessage(resumed);
  }

  private static String lastMessage(HttpResponse<String> turn) {
    var messages = Json.parse(turn.body()).getJsonArray("messages").getValuesAs(JsonObject.class);
    return messages.get(messages.size() - 1).getString("body");
  }

  private static String resumeLink(HttpResponse<String> challenged) {
    return Json.parse(challenged.body()).getJsonObject("pendingAction").getString("resume");
  }

  private static String firstMessage(HttpResponse<String> turn) {
    assertEquals(200, turn.statusCode(), turn.body());
    return Json.parse(turn.body()).getJsonArray("messages").getJsonObject(0).getString("body");
  }
}
