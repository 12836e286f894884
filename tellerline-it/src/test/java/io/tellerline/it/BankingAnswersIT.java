package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.Amounts;
import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The assistant answers with the customer's real data: spending by category and merchant over a
 * period (totals equal the database's), the latest transactions and the cards, in English and
 * German.
 */
class BankingAnswersIT extends OnPayaraMicro {

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
