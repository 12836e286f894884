package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.Browser;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.OnPayaraMicro;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A customer and a teller, each in headless Chromium: the customer asks for a person and sees the
 * queue position; the teller claims the conversation from the queue and answers; each side sees the
 * other's message without reloading (the pages poll). The time from sending to appearing on the
 * other screen is written to {@code target/browser-evidence/handover-latency.txt}.
 */
class HandoverBrowserIT extends OnPayaraMicro {

  @Test
  void aTellerTakesOverFromTheAssistantAndBothSidesSeeEachOtherLive() throws Exception {
    try (Browser customer = new Browser();
        Browser teller = new Browser()) {
      try {
        customer.driver().get(base("chat/"));
        customer.signInAtKeycloak(DemoUser.named(DemoUser.BASTIAN));
        customer.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ask-person")));
        customer.driver().findElement(By.id("ask-person")).click();
        customer
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("status"), "Warteschlange"));
        String status = customer.driver().findElement(By.id("status")).getText();
        assertTrue(status.contains("Platz"), "the page speaks German to Bastian: " + status);
        String id =
            (String)
                ((JavascriptExecutor) customer.driver())
                    .executeScript("return sessionStorage.getItem('tellerline.conversation')");

        teller.driver().get(base("console/"));
        teller.signInAtKeycloak(DemoUser.named(DemoUser.TESSA_TELLER));
        teller
            .waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("a.queue-open[href*='" + id + "']")))
            .click();
        teller
            .waiting()
            .until(ExpectedConditions.elementToBeClickable(By.id("serve:claim")))
            .click();
        teller.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("serve:reply")));

        teller
            .driver()
            .findElement(By.id("serve:reply"))
            .sendKeys("Guten Tag, hier ist Tessa. Wie kann ich helfen?");
        long replySent = System.nanoTime();
        teller.driver().findElement(By.id("serve:send-reply")).click();
        customer
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//li[contains(@class,'staff')][contains(., 'hier ist Tessa')]")));
        Duration toCustomer = Duration.ofNanos(System.nanoTime() - replySent);
        customer
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("status"), "ist für Sie da"));

        customer
            .driver()
            .findElement(By.id("message"))
            .sendKeys("Meine Karte wurde doppelt belastet.");
        long customerSent = System.nanoTime();
        customer.driver().findElement(By.id("send")).click();
        teller
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//td[contains(., 'doppelt belastet')]")));
        Duration toStaff = Duration.ofNanos(System.nanoTime() - customerSent);

        teller
            .waiting()
            .until(ExpectedConditions.elementToBeClickable(By.id("serve:hand-back")))
            .click();
        customer
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//li[contains(@class,'system')]")));

        Path evidence = Files.createDirectories(Path.of("target", "browser-evidence"));
        Files.writeString(
            evidence.resolve("handover-latency.txt"),
            "staff reply to customer screen: "
                + toCustomer.toMillis()
                + " ms\ncustomer message to staff screen: "
                + toStaff.toMillis()
                + " ms\n");
      } finally {
        customer.keepEvidence("handover-customer");
        teller.keepEvidence("handover-teller");
      }
    }
  }
}
