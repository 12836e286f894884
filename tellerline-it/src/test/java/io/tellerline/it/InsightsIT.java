package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.EventStream;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Insights on the real server (issue 21, item 1) over the demo bank's planted ground truth (demo
 * migration V108): Alice's Spotify price rise and Zalando double charge, Bastian's MediaMarkt
 * payment and short balance, in their languages; nothing without consent or after withdrawal; a
 * dismissal is recorded and hides the insight for good; every insight shown is audited with its
 * rule; nobody dismisses another customer's insight; an insight that arrives while she is in the
 * chat is announced on the conversation's event stream (item 4).
 */
class InsightsIT extends OnPayaraMicro {

  private static final UUID ALICE = UUID.fromString("a0000000-0000-4000-8000-000000000001");
  private static final String ALICE_CURRENT = "b0000000-0000-4000-8000-000000000011";
  private static final UUID BASTIAN = UUID.fromString("a0000000-0000-4000-8000-000000000002");

  @Test
  void eachKindForItsCustomerOnlyWithConsentDismissableOnceAndAudited() throws Exception {
    BankDatabase.update(
        "delete from insight_dismissal where customer_id in (?, ?)", ALICE, BASTIAN);
    String alice = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String bastian = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));
    consent(alice, false);
    assertEquals(0, insights(alice, "").size(), "nothing without consent");

    consent(alice, true);
    JsonArray found = insights(alice, "");
    assertEquals(Set.of("PRICE_RISE", "DUPLICATE_CHARGE"), kinds(found), found.toString());
    JsonObject rise = ofKind(found, "PRICE_RISE");
    assertEquals("price-rise/2", rise.getString("rule"));
    assertTrue(
        rise.getString("text").startsWith("Spotify charged €12.99 on ")
            && rise.getString("text").endsWith("; the 5 months before it was €10.99."),
        rise.toString());
    JsonObject duplicate = ofKind(found, "DUPLICATE_CHARGE");
    assertTrue(duplicate.getString("text").startsWith("Zalando charged €59.95 twice on "));
    String audited =
        (String)
            BankDatabase.single(
                "select payload from audit_event where event_type = 'INSIGHT_SHOWN'"
                    + " and payload like ? order by seq desc limit 1",
                "%" + rise.getString("id") + "%");
    JsonObject event = Json.parse(audited);
    assertEquals("price-rise/2", event.getString("rule"));
    assertEquals(ALICE.toString(), event.getString("customer"));
    assertFalse(audited.contains("Spotify") || audited.contains("12.99"), audited);

    String duplicateId = duplicate.getString("id");
    HttpResponse<String> foreign = dismiss(bastian, duplicateId, "WRONG");
    assertEquals(400, foreign.statusCode(), "not his insight: " + foreign.body());
    assertEquals(204, dismiss(alice, duplicateId, "WRONG").statusCode());
    assertEquals(
        "WRONG",
        BankDatabase.single(
            "select feedback from insight_dismissal where customer_id = ? and insight_id = ?",
            ALICE,
            duplicateId));
    assertEquals(Set.of("PRICE_RISE"), kinds(insights(alice, "")), "not shown again");
    assertEquals(400, dismiss(alice, duplicateId, "USEFUL").statusCode(), "dismissed already");
    assertEquals(400, dismiss(alice, rise.getString("id"), "MAYBE").statusCode());

    consent(bastian, true);
    JsonArray his = insights(bastian, "");
    assertEquals(Set.of("UNUSUAL_DEBIT", "LOW_BALANCE_FORECAST"), kinds(his), his.toString());
    assertTrue(
        ofKind(his, "UNUSUAL_DEBIT").getString("text").startsWith("MediaMarkt hat am "),
        his.toString());
    assertTrue(ofKind(his, "UNUSUAL_DEBIT").getString("text").contains("1.249,00\u00a0€"));
    assertTrue(
        ofKind(his, "LOW_BALANCE_FORECAST")
            .getString("text")
            .startsWith("Ihr Kontostand von 35,00\u00a0€"));
    assertTrue(
        insights(bastian, "?lang=en").getJsonObject(0).getString("text").contains("€"),
        "other channels may ask in another language");

    consent(alice, false);
    consent(bastian, false);
    assertEquals(0, insights(alice, "").size(), "nothing after withdrawal");
    assertEquals(0, insights(bastian, "").size());
    assertEquals(
        403,
        Http.get(api("insights"), Keycloak.accessToken(DemoUser.named(DemoUser.TESSA_TELLER)))
            .statusCode(),
        "customers only");
  }

  @Test
  void anInsightThatArrivesWhileSheIsInTheChatIsPushedLive() throws Exception {
    String alice = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    consent(alice, true);
    HttpResponse<String> started = Http.post(api("conversations"), alice, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    String conversation = Json.parse(started.body()).getString("id");
    String charged =
        "insert into account_transaction (account_id, booked_on, amount, currency, counterparty,"
            + " category, reference) values (?::uuid, current_date, -24.95, 'EUR', 'Thalia',"
            + " 'shopping', 'Card payment')";
    try (EventStream stream =
        EventStream.open(
            api("conversations/" + conversation + "/events"),
            Map.of("Authorization", "Bearer " + alice, "Accept", "text/event-stream"))) {
      stream.next("ready", Duration.ofSeconds(10));
      BankDatabase.update(charged, ALICE_CURRENT);
      BankDatabase.update(charged, ALICE_CURRENT);
      long before = System.nanoTime();
      EventStream.Event pushed = stream.next("insights", Duration.ofSeconds(30));
      assertTrue(pushed.arrivedNanos() - before < Duration.ofSeconds(25).toNanos());
      JsonArray now = insights(alice, "");
      assertTrue(
          now.getValuesAs(JsonObject.class).stream()
              .anyMatch(i -> i.getString("text").startsWith("Thalia charged €24.95 twice on ")),
          now.toString());
    } finally {
      BankDatabase.update(
          "delete from account_transaction where account_id = ?::uuid and counterparty = 'Thalia'"
              + " and amount = -24.95 and booked_on = current_date",
          ALICE_CURRENT);
      consent(alice, false);
    }
  }

  /**
   * duplicate-charge/2 over the demo bank's authorisations (demo migration V111): Alice's Zalando
   * pair shares one authorisation reference and is reported; her two Deutsche Bahn tickets of the
   * same amount, booked on one day but authorised hours apart under two references, are not (rule
   * 1's dates alone reported them).
   */
  @Test
  void oneAuthorisationPresentedTwiceIsADuplicateTwoTicketsHoursApartAreNot() throws Exception {
    BankDatabase.update("delete from insight_dismissal where customer_id = ?", ALICE);
    assertEquals(
        2,
        BankDatabase.count(
            "select count(distinct authorisation_ref) from account_transaction"
                + " where account_id = ?::uuid and counterparty = 'Deutsche Bahn'"
                + " and amount = -39.90 and booked_on = current_date - 5",
            ALICE_CURRENT),
        "the confounder is in the demo bank");
    String alice = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    consent(alice, true);
    try {
      List<JsonObject> duplicates =
          insights(alice, "").getValuesAs(JsonObject.class).stream()
              .filter(i -> i.getString("kind").equals("DUPLICATE_CHARGE"))
              .toList();
      assertEquals(1, duplicates.size(), duplicates.toString());
      assertEquals("duplicate-charge/2", duplicates.get(0).getString("rule"));
      assertTrue(
          duplicates.get(0).getString("text").startsWith("Zalando charged €59.95 twice on "),
          duplicates.toString());
      assertFalse(duplicates.toString().contains("Deutsche Bahn"), duplicates.toString());
    } finally {
      consent(alice, false);
    }
  }

  private JsonArray insights(String token, String query) {
    HttpResponse<String> read = Http.get(api("insights" + query), token);
    assertEquals(200, read.statusCode(), read.body());
    return Json.parseArray(read.body());
  }

  private HttpResponse<String> dismiss(String token, String id, String feedback) {
    return Http.postJson(
        api("insights/" + id + "/dismissal"), token, "{\"feedback\":\"" + feedback + "\"}");
  }

  private void consent(String token, boolean granted) {
    io.tellerline.it.support.Consents.change(
        base(""), token, io.tellerline.it.support.Consents.PERSONAL_INSIGHTS, granted);
  }

  private static Set<String> kinds(JsonArray insights) {
    return insights.getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("kind"))
        .collect(Collectors.toSet());
  }

  private static JsonObject ofKind(JsonArray insights, String kind) {
    List<JsonObject> all = insights.getValuesAs(JsonObject.class);
    return all.stream().filter(i -> i.getString("kind").equals(kind)).findFirst().orElseThrow();
  }
}
