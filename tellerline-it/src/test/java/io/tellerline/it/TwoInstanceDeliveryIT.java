package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.Accessibility;
import io.tellerline.it.support.Browser;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.EventStream;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.MicroProcess;
import io.tellerline.it.support.OnPayaraMicro;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Live delivery with two application instances sharing one database, as in a Payara Micro cluster:
 * instance A (Arquillian's) and instance B (started here, {@code --nocluster}, so nothing but
 * PostgreSQL connects them). A change committed on one instance reaches the server-sent event
 * streams open on the other: the customer's chat stream (bearer token) and the console's (staff
 * session). Then a customer in Chromium on A and a teller in Chromium on B serve a hand-over; the
 * time from sending to appearing on the other screen is written to {@code
 * target/browser-evidence/handover-latency.txt}.
 */
@Tag("drill") // starts its own instances: `./tellerline drills`, figures in BENCHMARKS.md
class TwoInstanceDeliveryIT extends OnPayaraMicro {

  private static final int PORT_B = 18483;
  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  /** How often the latency measurements look at the screen. */
  private static final Duration FINE = Duration.ofMillis(25);

  private static MicroProcess instanceB;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    Path log = Files.createDirectories(Path.of("target", "instance-b")).resolve("server.log");
    instanceB = MicroProcess.start(PORT_B, log);
  }

  @AfterAll
  static void stopSecondInstance() throws Exception {
    if (instanceB != null) {
      instanceB.close();
    }
  }

  @Test
  void aCustomersEventStreamIsTheirsAlone() {
    String alice = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String id = start(api("conversations"), alice);
    String events = api("conversations/" + id + "/events");
    assertEquals(401, EventStream.status(events, Map.of()));
    String bastian = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));
    assertEquals(404, EventStream.status(events, bearer(bastian)), "another customer's");
    String tessa = Keycloak.accessToken(DemoUser.named(DemoUser.TESSA_TELLER));
    assertEquals(403, EventStream.status(events, bearer(tessa)), "staff use the console");
    assertEquals(
        404,
        EventStream.status(
            api("conversations/00000000-0000-4000-8000-00000000dead/events"), bearer(alice)));
  }

  @Test
  void aChangeOnOneInstanceReachesStreamsOnTheOther() throws Exception {
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String onA = api("conversations");
    String onB = instanceB.base() + "api/conversations";
    String id = start(onA, token);
    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    tessa.browse(instanceB.base() + "console/");
    assertEquals(
        400,
        EventStream.status(
            instanceB.base() + "console/events?conversation=not-an-id", cookies(tessa)));

    try (EventStream customer = EventStream.open(onA + "/" + id + "/events", bearer(token));
        EventStream queue = EventStream.open(instanceB.base() + "console/events", cookies(tessa));
        EventStream console =
            EventStream.open(
                instanceB.base() + "console/events?conversation=" + id, cookies(tessa))) {
      assertTrue(customer.contentType().startsWith("text/event-stream"), customer.contentType());
      customer.next("ready", PROMPTLY);
      queue.next("ready", PROMPTLY);
      console.next("ready", PROMPTLY);

      // The customer asks for a person through instance B; A's stream and B's console hear of it.
      assertEquals(200, Http.postJson(onB + "/" + id + "/handover", token, "").statusCode());
      assertEquals(id, customer.next("changed", PROMPTLY).data());
      assertEquals(id, console.next("changed", PROMPTLY).data());
      assertEquals(id, queue.next("changed", PROMPTLY).data());

      // A teller signed in on A claims and answers; B's console stream and A's customer stream
      // hear of it, and the customer reads the answer from B.
      customer.drain();
      console.drain();
      String page = base("console/conversation.xhtml?id=" + id);
      tessa.submit(page, "serve", "serve:claim");
      assertEquals(id, console.next("changed", PROMPTLY).data());
      assertEquals(id, customer.next("changed", PROMPTLY).data());
      tessa.submitWith(
          page, "serve", "serve:send-reply", Map.of("serve:reply", "Hello from instance A."));
      assertEquals(id, customer.next("changed", PROMPTLY).data());
      String transcript = Http.get(onB + "/" + id, token).body();
      assertTrue(transcript.contains("Hello from instance A."), transcript);
    }
  }

  @Test
  void aCustomerOnOneInstanceAndATellerOnTheOtherSeeEachOtherLive() throws Exception {
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

        teller.driver().get(instanceB.base() + "console/");
        teller.signInToConsole(DemoUser.named(DemoUser.TESSA_TELLER));
        teller
            .waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("a.queue-open[href*='" + id + "']")));
        Accessibility.assertNoViolations(teller.driver(), "console-queue");
        teller.driver().findElement(By.cssSelector("a.queue-open[href*='" + id + "']")).click();
        teller
            .waiting()
            .until(ExpectedConditions.elementToBeClickable(By.id("serve:claim")))
            .click();
        teller.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("serve:reply")));
        Accessibility.assertNoViolations(teller.driver(), "console-conversation");

        teller
            .driver()
            .findElement(By.id("serve:reply"))
            .sendKeys("Guten Tag, hier ist Tessa. Wie kann ich helfen?");
        long replySent = System.nanoTime();
        teller.driver().findElement(By.id("serve:send-reply")).click();
        customer
            .waiting()
            .pollingEvery(FINE)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//li[contains(@class,'staff')][contains(., 'hier ist Tessa')]")));
        Duration toCustomer = Duration.ofNanos(System.nanoTime() - replySent);
        customer
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("status"), "ist für Sie da"));

        teller
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//td[contains(., 'hier ist Tessa')]")));
        customer
            .driver()
            .findElement(By.id("message"))
            .sendKeys("Meine Karte wurde doppelt belastet.");
        long customerSent = System.nanoTime();
        customer.driver().findElement(By.id("send")).click();
        teller
            .waiting()
            .pollingEvery(FINE)
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
            "two instances (customer on A, teller on B), pushed by server-sent events\n"
                + "staff reply to customer screen: "
                + toCustomer.toMillis()
                + " ms\ncustomer message to staff screen: "
                + toStaff.toMillis()
                + " ms\n");
        // Pushed, not polled: the console's safety-net poll is every 30 s, the chat has none.
        assertTrue(toStaff.compareTo(Duration.ofSeconds(10)) < 0, "customer to staff " + toStaff);
        assertTrue(toCustomer.compareTo(Duration.ofSeconds(10)) < 0, "staff to customer");
      } finally {
        customer.keepEvidence("handover-customer");
        teller.keepEvidence("handover-teller");
      }
    }
  }

  private static String start(String conversations, String token) {
    HttpResponse<String> started = Http.post(conversations, token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private static Map<String, String> cookies(KeycloakLogin login) {
    return Map.of("Cookie", login.sessionCookies().orElseThrow());
  }
}
