package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tellerline.it.support.Browser;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.OnPayaraMicro;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages that govern the assistant (issue 19: KPIs, drift and fairness, the review inbox, the
 * training data versions, the models) as a supervisor sees them in a real browser: each renders its
 * heading, the KPI charts draw, and the browser reports no Content-Security-Policy violation (the
 * console's policy forbids inline script and style). The screenshots it keeps are the README's.
 */
class GovernanceConsoleBrowserIT extends OnPayaraMicro {

  private record Page(String path, String heading, String evidence) {}

  private static final List<Page> PAGES =
      List.of(
          new Page("console/kpi/index.xhtml", "Key performance indicators", "console-kpi"),
          new Page("console/review/inbox.xhtml", "Review inbox", "console-review-inbox"),
          new Page("console/review/datasets.xhtml", "Training data versions", "console-datasets"),
          new Page(
              "console/models/index.xhtml",
              "Intent models: training and release",
              "console-models"));

  @Test
  void aSupervisorWorksThroughTheGovernancePagesWithoutPolicyViolations() {
    try (Browser browser = new Browser()) {
      browser.recordPolicyViolations();
      browser.driver().get(base("console/"));
      browser.signInToConsole(DemoUser.named("sam"));
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
      for (Page page : PAGES) {
        browser.driver().get(base(page.path()));
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), page.heading()));
        if (page.path().startsWith("console/kpi")) {
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("canvas")));
          assertFalse(
              browser.driver().findElements(By.cssSelector("canvas")).isEmpty(),
              "KPI charts drawn");
        }
        List<String> violations = browser.policyViolationsOnThisPage();
        browser.keepEvidence(page.evidence());
        assertEquals(List.of(), violations, "policy violations on " + page.path());
      }
    }
  }
}
