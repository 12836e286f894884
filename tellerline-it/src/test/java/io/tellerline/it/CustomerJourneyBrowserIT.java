package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.Accessibility;
import io.tellerline.it.support.Browser;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.OnPayaraMicro;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A customer's whole visit in headless Chromium: balance, spending on groceries, a transfer with
 * slot filling that needs her one-time code and then runs once, the end of the chat and the rating;
 * and a German customer served in German.
 */
class CustomerJourneyBrowserIT extends OnPayaraMicro {

  @Test
  void balanceSpendingATransferWithStepUpAndTheRating() {
    DemoUser alice = DemoUser.named(DemoUser.ALICE);
    try (Browser browser = new Browser()) {
      try {
        browser.driver().get(base("chat/"));
        browser.signInAtKeycloak(alice);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("send")));

        assertTrue(
            ask(browser, "what is my balance?", 3).contains("Here are your current balances"));
        assertTrue(
            ask(browser, "How much did I spend on groceries last month?", 5).contains("You spent"));
        Accessibility.assertNoViolations(browser.driver(), "chat");
        assertTrue(ask(browser, "I want to transfer money", 7).contains("Mia Schmidt"));
        assertTrue(ask(browser, "to Mia", 9).contains("How much"));
        assertTrue(
            ask(browser, "10 euros", 11).contains("Please confirm: send €10.00 to Mia Schmidt"));

        type(browser, "yes");
        WebElement verify =
            browser
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("step-up-verify")));
        verify.click();
        // PSD2 dynamic linking: Keycloak's one-time-code page names the payment it confirms.
        String payment =
            browser
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tl-payment")))
                .getText();
        assertTrue(
            payment.contains("Confirm €10.00 to Mia Schmidt, account ending 8603."), payment);
        browser.keepEvidence("keycloak-otp-payment");
        browser.enterOneTimeCodeAtKeycloak(alice);
        browser
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//li[contains(., 'Done: €10.00 sent to Mia Schmidt')]")));
        assertTrue(
            browser
                    .driver()
                    .findElements(By.xpath("//li[contains(., 'Done: €10.00 sent to Mia Schmidt')]"))
                    .size()
                == 1,
            "the transfer ran once");

        browser.driver().findElement(By.id("end-chat")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("survey")));
        browser.driver().findElement(By.cssSelector("#survey input[value='5']")).click();
        browser.driver().findElement(By.id("survey-comment")).sendKeys("Quick and clear.");
        browser.driver().findElement(By.id("survey-send")).click();
        browser
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Thank you"));
      } finally {
        browser.keepEvidence("customer-journey");
      }
    }
  }

  @Test
  void aGermanCustomerIsServedInGerman() {
    try (Browser browser = new Browser()) {
      try {
        browser.driver().get(base("chat/"));
        browser.signInAtKeycloak(DemoUser.named(DemoUser.BASTIAN));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("send")));
        String greeting = browser.driver().findElement(By.cssSelector("#transcript li")).getText();
        assertTrue(greeting.contains("automatisierte Assistent"), greeting);
        assertTrue(ask(browser, "Wie ist mein Kontostand?", 3).contains("Girokonto"));
        assertTrue(
            ask(browser, "Was kostet das Girokonto im Monat?", 5)
                .contains("Quelle: „Kontoführungsgebühren“"));

        // A phone-sized screen: nothing wider than the screen, still no WCAG violation.
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        Object overflow =
            ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "horizontal scrolling: " + overflow);
        Accessibility.assertNoViolations(browser.driver(), "chat-phone-de");
      } finally {
        browser.keepEvidence("german-customer-phone");
      }
    }
  }

  /** Sends a message and returns the text of the newest message once there are {@code count}. */
  private static String ask(Browser browser, String text, int count) {
    type(browser, text);
    browser
        .waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#transcript li"), count - 1));
    List<WebElement> messages = browser.driver().findElements(By.cssSelector("#transcript li"));
    return messages.get(messages.size() - 1).getText();
  }

  private static void type(Browser browser, String text) {
    browser.driver().findElement(By.id("message")).sendKeys(text);
    browser.driver().findElement(By.id("send")).click();
  }
}
