package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.Consents;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Recommendations on the real server (issue 21, item 2) over the demo bank's ground truth (demo
 * migration V110): Chloé, who pays in euros from her pound account and keeps a large balance, gets
 * the Travel card and the Savings Account with their reasons, only with consent; a "no" is stored
 * and never offered again; a product she holds is not offered; nobody decides on another's; every
 * offer is audited with its rule; the fairness report's figures equal those computed by hand from
 * the seeded decisions (Alice declined, Bastian accepted, new customer Dana undecided).
 */
class RecommendationsIT extends OnPayaraMicro {

  private static final UUID CHLOE = UUID.fromString("a0000000-0000-4000-8000-000000000003");
  private static final UUID HELD_SAVINGS = UUID.fromString("b0000000-0000-4000-8000-000000000032");

  @Test
  void fairnessReportOnTheSeededDecisionsThenOffersDecisionsAndEligibility() throws Exception {
    BankDatabase.update("delete from recommendation_offer where customer_id = ?", CHLOE);
    fairnessReportEqualsTheHandComputedFigures();

    String chloe = Keycloak.accessToken(DemoUser.named("chloe"));
    String alice = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String bastian = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));
    consent(chloe, false);
    assertEquals(0, recommendations(chloe).size(), "nothing without consent");

    consent(chloe, true);
    JsonArray found = recommendations(chloe);
    assertEquals(2, found.size(), found.toString());
    JsonObject card = found.getJsonObject(0);
    assertEquals("travel-card", card.getString("id"));
    assertEquals("foreign-spending/1", card.getString("rule"));
    assertEquals("travel-card", card.getString("article"));
    assertEquals(
        "You paid in foreign currencies 9 times in the last 3 months (fees about €3.07);"
            + " the Travel card has no foreign fees.",
        card.getString("text"));
    JsonObject savings = found.getJsonObject(1);
    assertEquals("savings-account", savings.getString("id"));
    assertEquals("idle-balance/1", savings.getString("rule"));
    assertTrue(
        savings.getString("text").startsWith("Your account has held at least £")
            && savings
                .getString("text")
                .endsWith(
                    " for the last 30 days without earning interest;"
                        + " the Savings Account pays interest on it."),
        savings.toString());
    String audited =
        (String)
            BankDatabase.single(
                "select payload from audit_event where event_type = 'RECOMMENDATION_OFFERED'"
                    + " and payload like '%travel-card%' order by seq desc limit 1");
    JsonObject event = Json.parse(audited);
    assertEquals("foreign-spending/1", event.getString("rule"));
    assertEquals(CHLOE.toString(), event.getString("customer"));
    assertFalse(audited.contains("Café") || audited.contains("3.07"), audited);

    consent(alice, true);
    consent(bastian, true);
    assertEquals(0, recommendations(alice).size(), "holds savings, declined the card already");
    assertEquals(400, decide(bastian, "travel-card", "ACCEPTED").statusCode(), "not his");
    assertEquals(400, decide(alice, "savings-account", "ACCEPTED").statusCode(), "not hers");
    assertEquals(400, decide(chloe, "travel-card", "MAYBE").statusCode());

    assertEquals(204, decide(chloe, "travel-card", "DECLINED").statusCode());
    assertEquals(
        "DECLINED",
        BankDatabase.single(
            "select decision from recommendation_offer where customer_id = ?"
                + " and product_code = 'travel-card'",
            CHLOE));
    assertEquals(
        List.of("savings-account"), ids(recommendations(chloe)), "never the card again after no");
    assertEquals(400, decide(chloe, "travel-card", "ACCEPTED").statusCode(), "decided already");

    BankDatabase.update(
        "insert into account (id, customer_id, iban, product_name, currency, balance, opened_on)"
            + " values (?, ?, 'GB94BARC10201530093459', 'Savings Account', 'GBP', 1, current_date)",
        HELD_SAVINGS,
        CHLOE);
    try {
      assertEquals(0, recommendations(chloe).size(), "she holds the savings account now");
    } finally {
      BankDatabase.update("delete from account where id = ?", HELD_SAVINGS);
      consent(chloe, false);
      consent(alice, false);
      consent(bastian, false);
    }
    assertEquals(
        403,
        Http.get(api("recommendations"), Keycloak.accessToken(DemoUser.named("tessa")))
            .statusCode(),
        "customers only");
  }

  /** Seeded: Alice (en) declined, Bastian (de) accepted, Dana (de, new) undecided. */
  private void fairnessReportEqualsTheHandComputedFigures() throws Exception {
    assertEquals(
        403,
        Http.get(
                api("compliance/recommendation-fairness"),
                Keycloak.accessToken(DemoUser.named("tessa")),
                "text/csv")
            .statusCode(),
        "tellers may not read it");
    HttpResponse<String> read =
        Http.get(
            api("compliance/recommendation-fairness"),
            Keycloak.accessToken(DemoUser.named("cora")),
            "text/csv");
    assertEquals(200, read.statusCode(), read.body());
    String csv = read.body();
    // Other tests add customers (all English-speaking and new); their number is counted, the rest
    // is by hand: en offered 1 (Alice), decided 1, accepted 0; de offered 2, decided 1, accepted 1;
    // long-standing offered 2 (Alice, Bastian), decided 2, accepted 1; new offered 1 (Dana).
    long english =
        BankDatabase.count("select count(*) from customer where preferred_language = 'en'");
    long german =
        BankDatabase.count("select count(*) from customer where preferred_language = 'de'");
    long newOnes =
        BankDatabase.count(
            "select count(*) from customer c where coalesce((select min(opened_on) from account a"
                + " where a.customer_id = c.id), cast(c.created_at as date)) > current_date - 365");
    long all = BankDatabase.count("select count(*) from customer");
    assertTrue(
        csv.contains("\r\nlanguage,de," + german + ",2,1,1," + rate(2, german) + ",100.0\r\n"),
        csv);
    assertTrue(
        csv.contains("\r\nlanguage,en," + english + ",1,1,0," + rate(1, english) + ",0.0\r\n"),
        csv);
    assertTrue(
        csv.contains(
            "\r\ncustomer-group,long-standing,"
                + (all - newOnes)
                + ",2,2,1,"
                + rate(2, all - newOnes)
                + ",50.0\r\n"),
        csv);
    assertTrue(
        csv.contains("\r\ncustomer-group,new," + newOnes + ",1,0,0," + rate(1, newOnes) + ",\r\n"),
        csv);
    assertTrue(csv.contains("\r\ngap,language,acceptance_rate,100.0,OVER,limit 5.0,,\r\n"), csv);
    assertTrue(csv.contains("\r\ngap,customer-group,acceptance_rate,0.0,OK,limit 5.0,,\r\n"), csv);
    assertEquals(
        200,
        Http.get(
                api("compliance/recommendation-fairness"),
                Keycloak.accessToken(DemoUser.named("sam")),
                "text/csv")
            .statusCode(),
        "supervisors may");
  }

  private static String rate(int part, long whole) {
    return String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
  }

  private JsonArray recommendations(String token) {
    HttpResponse<String> read = Http.get(api("recommendations"), token);
    assertEquals(200, read.statusCode(), read.body());
    return Json.parseArray(read.body());
  }

  private HttpResponse<String> decide(String token, String id, String decision) {
    return Http.postJson(
        api("recommendations/" + id + "/decision"), token, "{\"decision\":\"" + decision + "\"}");
  }

  private void consent(String token, boolean granted) {
    Consents.change(base(""), token, Consents.PRODUCT_OFFERS, granted);
  }

  private static List<String> ids(JsonArray found) {
    return found.getValuesAs(JsonObject.class).stream().map(r -> r.getString("id")).toList();
  }
}
