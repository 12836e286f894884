package io.tellerline.it;

import static io.tellerline.it.support.Amounts.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.Browser;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Deployments;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** People's view: the customer chat and the staff console in headless Chromium. */
class WebBrowserIT extends OnPayaraMicro {

  private static final String BASTIAN_CUSTOMER_ID = "a0000000-0000-4000-8000-000000000002";

  private Browser browser;
  private String testName;

  @BeforeEach
  void openBrowser(TestInfo test) {
    browser = new Browser();
    testName = test.getTestMethod().orElseThrow().getName();
  }

  /** Whatever the test did, the strict Content-Security-Policy never got in the way. */
  @AfterEach
  void closeBrowser() {
    browser.keepEvidence(testName);
    List<String> violations;
    try {
      violations = browser.contentSecurityViolations(Deployments.localBase(base));
    } finally {
      browser.close();
    }
    assertEquals(List.of(), violations, "Content-Security-Policy violations in the browser");
  }

  @Test
  void customerSignsInAndTheAssistantAnswersWithHerBalance() throws Exception {
    DemoUser alice = DemoUser.named(DemoUser.ALICE);
    browser.driver().get(base("chat/"));
    browser.signInAtKeycloak(alice);

    WebElement greeting =
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#transcript li")));
    assertEquals("true", greeting.getAttribute("data-automated"));
    assertTrue(greeting.getText().contains("Automated assistant"), greeting.getText());
    assertTrue(greeting.getText().contains("talk to a person"), greeting.getText());

    browser.driver().findElement(By.id("message")).sendKeys("what is my balance?");
    browser.driver().findElement(By.id("send")).click();
    browser
        .waiting()
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#transcript li"), 3));

    List<WebElement> messages = browser.driver().findElements(By.cssSelector("#transcript li"));
    assertTrue(messages.get(1).getText().contains("what is my balance?"));
    String answer = messages.get(2).getText();
    assertTrue(answer.startsWith("Automated assistant"), answer);
    for (BigDecimal balance : BankDatabase.balancesOf(alice)) {
      assertTrue(answer.contains(euros(balance)), "expected " + euros(balance) + " in: " + answer);
    }
  }

  @Test
  void customerStepsUpWithHerOneTimeCodeAndHerRequestIsCarriedOut() {
    DemoUser alice = DemoUser.named(DemoUser.ALICE);
    browser.driver().get(base("chat/"));
    browser.signInAtKeycloak(alice);
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("send")));

    browser.driver().findElement(By.id("message")).sendKeys("show me my full account number");
    browser.driver().findElement(By.id("send")).click();
    WebElement verify =
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("step-up-verify")));
    String transcript = browser.driver().findElement(By.id("transcript")).getText();
    assertTrue(transcript.contains("one-time code"), transcript);
    assertFalse(transcript.contains("DE89"), "nothing is disclosed before step-up");

    verify.click();
    browser.enterOneTimeCodeAtKeycloak(alice);

    WebElement disclosed =
        browser
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//li[contains(., 'DE89 3704 0044 0532 0130 00')]")));
    assertEquals("true", disclosed.getAttribute("data-automated"));
    assertFalse(browser.driver().findElement(By.id("step-up")).isDisplayed());
    assertEquals(
        1,
        browser
            .driver()
            .findElements(By.xpath("//li[contains(., 'DE89 3704 0044 0532 0130 00')]"))
            .size(),
        "the request ran once");
  }

  /**
   * Staff sign in with password and OTP, so a staff action within its policy's max age (5 minutes
   * for identity operations) needs no further step-up. Re-enrolment removes the old OTP: with the
   * required action taken away again, the old authenticator's code is still refused.
   */
  @Test
  void tellerReEnrolsAStolenOtpAndDisablesALoginAndOnlyASupervisorLiftsIt() throws Exception {
    DemoUser bastian = DemoUser.named(DemoUser.BASTIAN);
    java.sql.Timestamp started = new java.sql.Timestamp(System.currentTimeMillis() - 1000);
    String page = base("console/customer.xhtml?customer=" + BASTIAN_CUSTOMER_ID);
    try {
      assertTrue(Keycloak.multiFactorAccessToken(bastian).length() > 0, "the OTP works before");
      DemoUser tessa = DemoUser.named(DemoUser.TESSA_TELLER);
      browser.driver().get(page);
      browser.signInToConsole(tessa);
      // Not serving Bastian in a conversation, she writes down why she needs his login (unless
      // a reason she gave earlier in the suite still holds).
      giveAReasonIfAsked("Phone call, case CASE-2026-0100");
      assertEquals("enabled", textOf("login-enabled"));
      assertEquals("yes", textOf("otp-enrolled"));

      browser.driver().findElement(By.id("operations:require-otp")).click();
      browser.waiting().until(ExpectedConditions.textToBe(By.id("otp-re-enrolment"), "yes"));
      assertEquals("no", textOf("otp-enrolled"), "the old OTP credential is gone");
      Keycloak.clearRequiredActions(bastian);
      assertThrows(
          IllegalStateException.class,
          () -> Keycloak.multiFactorAccessToken(bastian),
          "the old authenticator's code is refused");

      browser
          .driver()
          .findElement(By.id("operations:reason"))
          .sendKeys("customer reports a stolen phone");
      browser.driver().findElement(By.id("operations:disable-login")).click();
      browser.waiting().until(ExpectedConditions.textToBe(By.id("login-enabled"), "disabled"));
      assertTrue(
          browser.driver().findElements(By.id("operations:enable-login")).isEmpty(),
          "a teller cannot lift a disabled login");
      assertThrows(
          IllegalStateException.class,
          () -> Keycloak.accessToken(bastian),
          "Keycloak refuses the disabled login");
      browser.keepEvidence(testName + "-teller");

      try (Browser supervisor = new Browser()) {
        DemoUser sam = DemoUser.named("sam");
        supervisor.driver().get(page);
        supervisor.signInToConsole(sam);
        supervisor
            .waiting()
            .until(ExpectedConditions.elementToBeClickable(By.id("operations:enable-login")))
            .click();
        supervisor.waiting().until(ExpectedConditions.textToBe(By.id("login-enabled"), "enabled"));
        supervisor.keepEvidence(testName + "-supervisor");
      }
    } finally {
      Keycloak.restoreLogin(bastian);
    }
    assertTrue(Keycloak.multiFactorAccessToken(bastian).length() > 0, "restored for other tests");
    for (String operation : List.of("DISABLE_LOGIN", "REQUIRE_OTP_RE_ENROLMENT", "ENABLE_LOGIN")) {
      assertEquals(1, identityOperations(operation, started), operation + " audited once");
    }
  }

  /** On the customer view: writes down why, when the page asks (no earlier reason still holds). */
  private void giveAReasonIfAsked(String reason) {
    browser
        .waiting()
        .until(
            ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("access:access-reason")),
                ExpectedConditions.visibilityOfElementLocated(By.id("login-enabled"))));
    if (!browser.driver().findElements(By.id("access:access-reason")).isEmpty()) {
      browser.driver().findElement(By.id("access:access-reason")).sendKeys(reason);
      browser.driver().findElement(By.id("access:open-with-reason")).click();
    }
  }

  private String textOf(String id) {
    return browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
        .getText();
  }

  private static long identityOperations(String operation, java.sql.Timestamp since)
      throws java.sql.SQLException {
    return BankDatabase.count(
        "select count(*) from audit_event where event_type = 'IDENTITY_OPERATION'"
            + " and occurred_at >= ? and payload like ? and payload like ?",
        since,
        "%\"operation\":\"" + operation + "\"%",
        "%\"customer\":\"" + BASTIAN_CUSTOMER_ID + "\"%");
  }

  @Test
  void tellerSignsInToTheConsoleAndSeesTheConversation() throws java.sql.SQLException {
    String aliceToken = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    // A teller sees the conversations waiting for staff and her own (need-to-know).
    String conversation = waitingForStaff(aliceToken);

    browser.driver().get(base("console/"));
    browser.signInToConsole(DemoUser.named(DemoUser.TESSA_TELLER));

    WebElement table =
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("conversations")));
    assertTrue(
        table.getText().contains(conversation),
        "conversation " + conversation + " in: " + table.getText());
    assertTrue(browser.driver().findElement(By.id("staff-name")).getText().contains("tessa"));
    assertTrue(
        BankDatabase.count(
                "select count(*) from audit_event where event_type = 'CONSOLE_ACTION'"
                    + " and actor = 'staff:tessa' and payload like '%LIST_CONVERSATIONS%'")
            >= 1,
        "staff access to the conversation list is audited");
  }

  /**
   * Every kind of console page works under the strict policy with PrimeFaces' nonce: queue,
   * conversation (a claim and a reply posted, the live transcript re-rendered by ajax), customer
   * view (a reason posted on a page without PrimeFaces components), knowledge base, and the
   * compliance pages (a verification posted). The browser reports no violation on any of them.
   */
  @Test
  void everyConsolePageKindRunsWithoutAPolicyViolation() {
    String aliceToken = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String conversation = waitingForStaff(aliceToken);
    browser.recordPolicyViolations();
    browser.driver().get(base("console/"));
    browser.signInToConsole(DemoUser.named(DemoUser.TESSA_TELLER));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-form")));
    assertNoViolation("queue");

    browser.driver().get(base("console/conversation.xhtml?id=" + conversation));
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("serve:claim"))).click();
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.id("serve:reply")))
        .sendKeys("Hello, this is Tessa.");
    browser.driver().findElement(By.id("serve:send-reply")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("live:transcript"), "Hello, this is Tessa."));
    assertNoViolation("conversation, after a claim and a reply");
    // The customer writes: the live transcript re-renders through PrimeFaces' ajax (with the
    // nonce).
    Http.post(
        api("conversations/" + conversation + "/messages"),
        aliceToken,
        "application/json",
        "{\"text\":\"Thank you, Tessa\"}");
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("live:transcript"), "Thank you, Tessa"));
    assertNoViolation("conversation, re-rendered live");
    // Resolved, so that Tessa serves Alice no longer (StaffAccessIT expects her not to).
    browser.driver().findElement(By.id("serve:resolve")).click();
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Resolved."));
    assertNoViolation("conversation, resolved");

    browser.driver().get(base("console/customer.xhtml?customer=" + BASTIAN_CUSTOMER_ID));
    giveAReasonIfAsked("Phone call, case CASE-2026-0101");
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-enabled")));
    assertNoViolation("customer view");

    browser.driver().get(base("console/knowledge.xhtml"));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:save")));
    assertNoViolation("knowledge base");

    try (Browser compliance = new Browser()) {
      compliance.recordPolicyViolations();
      compliance.driver().get(base("console/compliance/audit.xhtml"));
      compliance.signInToConsole(DemoUser.named("cora"));
      compliance
          .waiting()
          .until(ExpectedConditions.elementToBeClickable(By.id("verify:verify-log")))
          .click();
      compliance.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
      assertEquals(List.of(), compliance.policyViolationsOnThisPage(), "audit log, verified");
      for (String page : List.of("erasure", "policy")) {
        compliance.driver().get(base("console/compliance/" + page + ".xhtml"));
        compliance
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-name")));
        assertEquals(List.of(), compliance.policyViolationsOnThisPage(), page);
      }
      assertEquals(
          List.of(),
          compliance.contentSecurityViolations(Deployments.localBase(base)),
          "violations in the compliance officer's browser");
    }
  }

  /** A new conversation of the customer, handed over to staff: its id. */
  private String waitingForStaff(String customerToken) {
    String conversation =
        Json.parse(Http.post(api("conversations"), customerToken, "application/json", "").body())
            .getString("id");
    assertEquals(
        200,
        Http.postJson(api("conversations/" + conversation + "/handover"), customerToken, "")
            .statusCode());
    return conversation;
  }

  private void assertNoViolation(String page) {
    assertEquals(List.of(), browser.policyViolationsOnThisPage(), page);
  }

  /** The policy is enforced, and a violation is seen: an injected inline script does not run. */
  @Test
  void anInjectedInlineScriptIsBlockedAndReported() throws InterruptedException {
    browser.driver().get(base("chat/"));
    browser.signInAtKeycloak(DemoUser.named(DemoUser.ALICE));
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("send")));
    org.openqa.selenium.JavascriptExecutor page =
        (org.openqa.selenium.JavascriptExecutor) browser.driver();
    // The browser's own report of a violation is the securitypolicyviolation event (what a
    // report-uri would receive). Its console message is attributed to the injecting code, not to
    // the
    // page, so the log filter of the other tests cannot see it.
    page.executeScript(
        "window.violations = [];"
            + " document.addEventListener('securitypolicyviolation',"
            + " e => window.violations.push(e.effectiveDirective + ' ' + e.blockedURI));");
    page.executeScript(
        "const s = document.createElement('script');"
            + " s.textContent = 'window.injected = true';"
            + " document.body.appendChild(s);");
    assertEquals(null, page.executeScript("return window.injected;"), "the script did not run");
    Object violations = List.of();
    for (int i = 0; i < 20 && ((List<?>) violations).isEmpty(); i++) { // reported asynchronously
      Thread.sleep(250);
      violations = page.executeScript("return window.violations;");
    }
    assertEquals(1, ((List<?>) violations).size(), violations.toString());
    assertTrue(
        ((List<?>) violations).get(0).toString().matches("script-src(-elem)? inline"),
        violations.toString());
  }

  @Test
  void aCustomerCannotOpenTheStaffConsole() {
    browser.driver().get(base("console/"));
    browser.signInToConsole(DemoUser.named(DemoUser.ALICE)); // she has OTP, but is no staff

    browser.waiting().until(ExpectedConditions.titleContains("Not allowed"));
    assertTrue(browser.driver().findElements(By.id("conversations")).isEmpty());
  }
}
