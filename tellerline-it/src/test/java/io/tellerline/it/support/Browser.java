package io.tellerline.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages (never a downloaded browser), with a fresh profile, as
 * the project's scripts install it.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path profile;

  public Browser() {
    try {
      profile = Files.createTempDirectory("tellerline-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable("chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    // The browser's console, where Chromium reports every Content-Security-Policy violation.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(executable("chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /**
   * Fills in Keycloak's login form, which the application redirected to. If the form has not shown
   * after 30 s, the page is kept as evidence ({@code keycloak-form-missing-*}) and loaded once
   * more: in whole-suite runs the form was seen missing, rarely, where the same step passed
   * otherwise; the evidence is there to find out why.
   */
  public void signInAtKeycloak(DemoUser user) {
    By username = By.id("username");
    try {
      waiting().until(ExpectedConditions.visibilityOfElementLocated(username));
    } catch (TimeoutException missing) {
      keepEvidence("keycloak-form-missing-" + System.currentTimeMillis());
      System.err.println("Keycloak's login form did not show at " + driver.getCurrentUrl());
      driver.navigate().refresh();
      waiting().until(ExpectedConditions.visibilityOfElementLocated(username));
    }
    driver.findElement(By.id("username")).sendKeys(user.username());
    driver.findElement(By.id("password")).sendKeys(user.password());
    driver.findElement(By.id("kc-login")).click();
  }

  /** Signs a member of staff in to the console: password, then OTP (the console requires mfa). */
  public void signInToConsole(DemoUser staff) {
    signInAtKeycloak(staff);
    enterOneTimeCodeAtKeycloak(staff);
  }

  /** Fills in Keycloak's one-time-code form (step-up) with the user's next TOTP code. */
  public void enterOneTimeCodeAtKeycloak(DemoUser user) {
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
    driver.findElement(By.id("otp")).sendKeys(Totp.unusedCode(user));
    driver.findElement(By.id("kc-login")).click();
  }

  /**
   * The Content-Security-Policy violations Chromium reported on pages of {@code origin} since the
   * last call (a blocked inline script, style or connection).
   */
  public java.util.List<String> contentSecurityViolations(String origin) {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .filter(message -> message.startsWith(origin))
        .toList();
  }

  /**
   * From now on every document this browser opens records its {@code securitypolicyviolation}
   * events (the browser's own report of what the Content-Security-Policy blocked) from its very
   * first line, before the page's scripts run: the listener comes through the DevTools protocol,
   * which the policy does not restrict. Read them with {@link #policyViolationsOnThisPage}.
   */
  public void recordPolicyViolations() {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        java.util.Map.of(
            "source",
            "window.policyViolations = [];"
                + " document.addEventListener('securitypolicyviolation', e =>"
                + " window.policyViolations.push(e.effectiveDirective + ' ' + e.blockedURI"
                + " + ' ' + e.sourceFile + ':' + e.lineNumber));"));
  }

  /**
   * The violations the current document reported (after {@link #recordPolicyViolations}); waits a
   * moment first, as the browser reports them asynchronously.
   */
  public java.util.List<String> policyViolationsOnThisPage() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Object recorded = driver.executeScript("return window.policyViolations || ['not recorded'];");
    return ((java.util.List<?>) recorded).stream().map(String::valueOf).toList();
  }

  /** Keeps a screenshot and the page source in target/ for a failing test to be understood. */
  public void keepEvidence(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "browser-evidence"));
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("could not keep browser evidence: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String executable(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new IllegalStateException(
        name
            + " not found: install Debian's chromium and chromium-driver (./tellerline test does)");
  }
}
