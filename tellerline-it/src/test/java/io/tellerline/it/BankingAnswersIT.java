package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.Amounts;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The assistant answers with the customer's real data: spending by category and merchant over a
 * period (totals equal the database's), the latest transactions and the cards, in English and
 * German; monthly statements listed in the chat after step-up and downloaded as PDF only with
 * multi-factor authentication (closing balance equal to the books).
 */
class BankingAnswersIT extends OnPayaraMicro {

  private static final String ALICE_CURRENT = "b0000000-0000-4000-8000-000000000011";

  private static final YearMonth LAST_MONTH =
      YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);

  @Test
  void spendingOnGroceriesLastMonthEqualsTheBooks() throws Exception {
    DemoUser alice = DemoUser.named(DemoUser.ALICE);
    String answer = firstAnswer(alice, "How much did I spend on groceries last month?");
    BigDecimal spent = spent(alice, "t.category = 'groceries'");
    assertTrue(answer.contains("You spent " + Amounts.euros(spent)), answer);
    assertTrue(answer.contains("on groceries"), answer);
  }

  @Test
  void germanSpendingAtOneMerchantEqualsTheBooks() throws Exception {
    DemoUser bastian = DemoUser.named(DemoUser.BASTIAN);
    String answer = firstAnswer(bastian, "Wie viel habe ich letzten Monat bei REWE ausgegeben?");
    BigDecimal spent = spent(bastian, "t.counterparty = 'REWE'");
    NumberFormat german = NumberFormat.getCurrencyInstance(Locale.GERMAN);
    german.setCurrency(Currency.getInstance("EUR"));
    assertTrue(answer.contains(german.format(spent)), answer);
    assertTrue(answer.contains("bei REWE"), answer);
  }

  @Test
  void latestTransactionsAndCards() {
    DemoUser alice = DemoUser.named(DemoUser.ALICE);
    String history = firstAnswer(alice, "show me my recent transactions");
    assertTrue(history.startsWith("Your latest transactions:"), history);
    assertEquals(6, history.split("\n").length, "a heading and five lines: " + history);
    String cards = firstAnswer(alice, "is my card active?");
    assertTrue(cards.contains("card ending"), cards);
  }

  @Test
  void theFirstMessageSetsTheLanguageAndTheCustomerCanSwitchIt() {
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE)); // profile language: en
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    String id = Json.parse(started.body()).getString("id");
    String german = lastAnswer(token, id, "Wie hoch ist mein aktueller Kontostand bitte?");
    assertTrue(german.startsWith("Ihre aktuellen Kontostände"), german);

    HttpResponse<String> switched =
        Http.putJson(api("conversations/" + id + "/language"), token, "{\"language\":\"en\"}");
    assertEquals(200, switched.statusCode(), switched.body());
    assertTrue(switched.body().contains("I will answer in English from now on."), switched.body());
    assertTrue(
        lastAnswer(token, id, "what is my balance?").startsWith("Here are your current balances"));
    HttpResponse<String> unsupported =
        Http.putJson(api("conversations/" + id + "/language"), token, "{\"language\":\"fr\"}");
    assertEquals(400, unsupported.statusCode(), unsupported.body());
  }

  private String lastAnswer(String token, String id, String text) {
    HttpResponse<String> answered =
        Http.postJson(
            api("conversations/" + id + "/messages"), token, Json.object("text", text).toString());
    assertEquals(200, answered.statusCode(), answered.body());
    var messages = Json.parse(answered.body()).getJsonArray("messages");
    return messages.getJsonObject(messages.size() - 1).getString("body");
  }

  /** What the customer paid last month under a condition, from the demo core-banking tables. */
  @Test
  void statementsAreListedAfterStepUpAndDownloadOnlyWithMultiFactor() throws Exception {
    KeycloakLogin alice = new KeycloakLogin(DemoUser.named(DemoUser.ALICE));
    String password = alice.signIn();
    String mfa = alice.stepUp("mfa", 900L);
    String conversation =
        Json.parse(Http.post(api("conversations"), mfa, "application/json", "").body())
            .getString("id");
    HttpResponse<String> asked =
        Http.postJson(
            api("conversations/" + conversation + "/messages"),
            mfa,
            Json.object("text", "I need my account statements").toString());
    assertEquals(200, asked.statusCode(), asked.body());
    var messages = Json.parse(asked.body()).getJsonArray("messages");
    JsonObject answer = messages.getJsonObject(messages.size() - 1);
    assertTrue(
        answer.getString("body").startsWith("Your statements of the last twelve months"),
        answer.toString());
    String path = "statements/" + ALICE_CURRENT + "/" + LAST_MONTH;
    assertTrue(
        answer.getJsonArray("downloads").getValuesAs(JsonObject.class).stream()
            .anyMatch(d -> d.getString("path").equals(path)),
        "last month's statement is offered: " + answer);

    HttpResponse<String> listed = Http.get(api("statements"), password);
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(listed.body().contains(LAST_MONTH.toString()), listed.body());
    HttpResponse<String> refused = Http.get(api(path), password);
    assertEquals(401, refused.statusCode(), "the statement shows the full IBAN");
    assertTrue(
        refused
            .headers()
            .firstValue("WWW-Authenticate")
            .orElse("")
            .contains("insufficient_user_authentication"));
    String bastian = new KeycloakLogin(DemoUser.named(DemoUser.BASTIAN)).stepUp("mfa", 900L);
    assertEquals(404, Http.get(api(path), bastian).statusCode(), "another customer's account");
    assertEquals(400, Http.get(api("statements/" + ALICE_CURRENT + "/october"), mfa).statusCode());

    long audited =
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'STATEMENT_DOWNLOADED'");
    HttpResponse<byte[]> pdf = Http.getBytes(api(path), mfa);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document);
    }
    String iban =
        (String) BankDatabase.single("select iban from account where id = ?::uuid", ALICE_CURRENT);
    assertTrue(text.contains("IBAN " + iban), text);
    Object closing =
        BankDatabase.single(
            "select a.balance - coalesce((select sum(t.amount) from account_transaction t"
                + " where t.account_id = a.id and t.booked_on > ?), 0) from account a where a.id = ?::uuid",
            java.sql.Date.valueOf(LAST_MONTH.atEndOfMonth()),
            ALICE_CURRENT);
    assertTrue(
        text.contains("Closing balance: " + Amounts.euros(((BigDecimal) closing).setScale(2))),
        text);
    long bookings =
        BankDatabase.count(
            "select count(*) from account_transaction where account_id = ?::uuid and booked_on between ? and ?",
            ALICE_CURRENT,
            java.sql.Date.valueOf(LAST_MONTH.atDay(1)),
            java.sql.Date.valueOf(LAST_MONTH.atEndOfMonth()));
    assertTrue(bookings > 0, "the demo bank has bookings last month");
    assertEquals(
        audited + 1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'STATEMENT_DOWNLOADED'"));
  }

  private static BigDecimal spent(DemoUser user, String condition) throws Exception {
    Object sum =
        BankDatabase.single(
            "select coalesce(-sum(t.amount), 0) from account_transaction t"
                + " join account a on a.id = t.account_id join customer c on c.id = a.customer_id"
                + " where c.idp_subject = ? and t.amount < 0 and t.booked_on between ? and ? and "
                + condition,
            user.id(),
            java.sql.Date.valueOf(LAST_MONTH.atDay(1)),
            java.sql.Date.valueOf(LAST_MONTH.atEndOfMonth()));
    BigDecimal total = (BigDecimal) sum;
    assertTrue(total.signum() > 0, "the demo bank has such payments last month");
    return total.setScale(2);
  }
}
