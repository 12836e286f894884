package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.Accessibility;
import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.Browser;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.OnPayaraMicro;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The chat's insights as a customer uses them in Chromium (issue 21): off until she ticks the
 * consent under the privacy notice; then her insights appear with their reasons (demo V108: Alice's
 * Spotify price rise and Zalando double charge); "Not useful" dismisses one for good (a stored
 * dismissal); unticking hides the rest. No accessibility violation, no policy violation.
 */
class ChatInsightsBrowserIT extends OnPayaraMicro {

  private static final UUID ALICE = UUID.fromString("a0000000-0000-4000-8000-000000000001");
  private static final By INSIGHTS = By.cssSelector("#insight-list li");
  private static final By CONSENT = By.id("consent-personal-insights");

  @Test
  void sheTurnsInsightsOnReadsTheReasonDismissesOneAndTurnsThemOff() throws Exception {
    Instant started = Instant.now();
    try (Browser browser = new Browser()) {
      browser.recordPolicyViolations();
      try {
        browser.driver().get(base("chat/"));
        browser.signInAtKeycloak(DemoUser.named(DemoUser.ALICE));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("send")));
        WebElement consent =
            browser.waiting().until(ExpectedConditions.elementToBeClickable(CONSENT));
        if (consent.isSelected()) { // another test's consent: start from "off"
          consent.click();
          browser
              .waiting()
              .until(ExpectedConditions.invisibilityOfElementLocated(By.id("insights")));
        }
        assertTrue(browser.driver().findElements(INSIGHTS).isEmpty(), "nothing without consent");

        browser.driver().findElement(CONSENT).click();
        WebElement spotify =
            browser
                .waiting()
                .until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.xpath(
                            "//ul[@id='insight-list']/li[contains(., 'Spotify charged €12.99')]")));
        assertTrue(
            browser
                .driver()
                .findElement(By.id("insight-list"))
                .getText()
                .contains("Zalando charged €59.95 twice"),
            "the double charge is shown too");
        Accessibility.assertNoViolations(browser.driver(), "chat-insights");
        browser.keepEvidence("chat-insights");

        spotify.findElement(By.xpath(".//button[. = 'Not useful']")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(spotify));
        browser
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("status"), "will not be shown again"));
        assertEquals(
            1L,
            BankDatabase.count(
                "select count(*) from insight_dismissal where customer_id = ? and kind ="
                    + " 'PRICE_RISE' and feedback = 'NOT_USEFUL' and dismissed_at >= ?",
                ALICE,
                Timestamp.from(started)),
            "her dismissal is stored with her feedback");

        browser.driver().findElement(CONSENT).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("insights")));
        assertEquals(List.of(), browser.policyViolationsOnThisPage(), "policy violations");
      } finally {
        browser.keepEvidence("chat-insights-end");
        BankDatabase.update(
            "delete from insight_dismissal where customer_id = ? and dismissed_at >= ?",
            ALICE,
            Timestamp.from(started));
      }
    }
  }
}
