package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.Accessibility;
import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.Browser;
import io.tellerline.it.support.Consents;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The chat's product offers as a customer uses them in Chromium (issue 21): off until she ticks the
 * offers consent under the privacy notice; then Chloé (demo V110: euro card payments from her pound
 * account, a large idle balance) sees the Travel card and the Savings Account, each with its
 * reason; she declines the card (stored and audited), and after reloading the chat it is not
 * offered again; unticking hides the offers; ticked again, she accepts the savings account (stored
 * and audited) and a reload offers nothing. No accessibility violation, no policy violation on any
 * page.
 */
class ChatRecommendationsBrowserIT extends OnPayaraMicro {

  private static final UUID CHLOE = UUID.fromString("a0000000-0000-4000-8000-000000000003");
  private static final By OFFERS = By.cssSelector("#insight-list li[data-kind='recommendation']");
  private static final By CONSENT = By.id("consent-product-offers");
  private static final String CARD_REASON =
      "You paid in foreign currencies 9 times in the last 3 months (fees about €3.07);"
          + " the Travel card has no foreign fees.";
  private static final String SAVINGS_REASON = "the Savings Account pays interest on it.";

  @Test
  void sheTicksOffersDeclinesOneAcceptsTheOtherAndNeitherComesBack() throws Exception {
    DemoUser chloe = DemoUser.named("chloe");
    Instant started = Instant.now();
    BankDatabase.update("delete from recommendation_offer where customer_id = ?", CHLOE);
    String token = Keycloak.accessToken(chloe);
    for (String purpose : List.of(Consents.PRODUCT_OFFERS, Consents.PERSONAL_INSIGHTS)) {
      if (Consents.given(base(""), token, purpose)) { // another test's consent: start from "off"
        Consents.change(base(""), token, purpose, false);
      }
    }
    try (Browser browser = new Browser()) {
      browser.recordPolicyViolations();
      try {
        browser.driver().get(base("chat/"));
        browser.signInAtKeycloak(chloe);
        chatReady(browser);
        assertFalse(browser.driver().findElement(CONSENT).isSelected(), "off by default");
        assertTrue(browser.driver().findElements(OFFERS).isEmpty(), "nothing without consent");

        tick(browser);
        WebElement card = offer(browser, "Travel card");
        assertEquals(CARD_REASON, card.findElement(By.tagName("p")).getText());
        assertTrue(
            offer(browser, "Savings Account").getText().contains(SAVINGS_REASON), "and savings");
        assertEquals(2, browser.driver().findElements(OFFERS).size());
        Accessibility.assertNoViolations(browser.driver(), "chat-offers");
        browser.keepEvidence("chat-offers");

        answer(browser, card, "No, thanks");
        decisionStoredAndAudited("travel-card", "foreign-spending/1", "DECLINED", chloe, started);
        assertEquals(List.of(), browser.policyViolationsOnThisPage(), "policy violations");

        browser.driver().navigate().refresh();
        chatReady(browser);
        offer(browser, "Savings Account");
        assertEquals(1, browser.driver().findElements(OFFERS).size(), "never the card again");
        assertFalse(
            browser.driver().findElement(By.id("insight-list")).getText().contains("Travel card"));

        tick(browser);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("insights")));
        assertTrue(browser.driver().findElements(OFFERS).isEmpty(), "unticked: no offers");

        tick(browser);
        WebElement savings = offer(browser, "Savings Account");
        answer(browser, savings, "Interested");
        decisionStoredAndAudited("savings-account", "idle-balance/1", "ACCEPTED", chloe, started);
        assertEquals(List.of(), browser.policyViolationsOnThisPage(), "policy violations");

        browser.driver().navigate().refresh();
        chatReady(browser);
        assertTrue(browser.driver().findElement(CONSENT).isSelected(), "her consent stays");
        assertTrue(browser.driver().findElements(OFFERS).isEmpty(), "both answered: none again");
        assertFalse(browser.driver().findElement(By.id("insights")).isDisplayed());
        assertEquals(List.of(), browser.policyViolationsOnThisPage(), "policy violations");
      } finally {
        browser.keepEvidence("chat-offers-end");
        BankDatabase.update("delete from recommendation_offer where customer_id = ?", CHLOE);
        Consents.change(base(""), Keycloak.accessToken(chloe), Consents.PRODUCT_OFFERS, false);
      }
    }
  }

  /** Signed in, consents and offers read: the page shows the composer only after both. */
  private static void chatReady(Browser browser) {
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("send")));
    browser.waiting().until(ExpectedConditions.elementToBeClickable(CONSENT));
  }

  /** Ticks or unticks the offers consent once the page has finished the last change. */
  private static void tick(Browser browser) {
    browser.waiting().until(ExpectedConditions.elementToBeClickable(CONSENT)).click();
  }

  private static WebElement offer(Browser browser, String product) {
    return browser
        .waiting()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//ul[@id='insight-list']/li[@data-kind='recommendation' and contains(., '"
                        + product
                        + "')]")));
  }

  /** Presses one of the offer's answers: the offer goes and the page thanks her. */
  private static void answer(Browser browser, WebElement offer, String button) {
    offer.findElement(By.xpath(".//button[. = '" + button + "']")).click();
    browser.waiting().until(ExpectedConditions.stalenessOf(offer));
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("status"), "we will not suggest it again"));
  }

  /** Her answer is the offer's stored decision, and one audit event of hers names it. */
  private static void decisionStoredAndAudited(
      String product, String rule, String decision, DemoUser chloe, Instant since)
      throws SQLException {
    assertEquals(
        1L,
        BankDatabase.count(
            "select count(*) from recommendation_offer where customer_id = ? and product_code = ?"
                + " and rule_version = ? and decision = ? and decided_at >= ?",
            CHLOE,
            product,
            rule,
            decision,
            Timestamp.from(since)),
        "her decision is stored: " + product);
    List<JsonObject> audited = new ArrayList<>();
    try (Connection db = BankDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select payload from audit_event where event_type = 'RECOMMENDATION_DECIDED'"
                    + " and actor = ? and occurred_at >= ? order by seq")) {
      query.setString(1, "customer:" + chloe.id());
      query.setTimestamp(2, Timestamp.from(since));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          JsonObject event = Json.parse(rows.getString(1));
          if (event.getString("product").equals(product)) {
            audited.add(event);
          }
        }
      }
    }
    assertEquals(1, audited.size(), "one audited decision on " + product + ": " + audited);
    assertEquals(CHLOE.toString(), audited.get(0).getString("customer"));
    assertEquals(rule, audited.get(0).getString("rule"));
    assertEquals(decision, audited.get(0).getString("decision"));
  }
}
