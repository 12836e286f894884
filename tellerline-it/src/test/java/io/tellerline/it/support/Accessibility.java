package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Automated WCAG 2.1 A/AA checks with axe-core (Deque's Selenium integration, the script bundled in
 * its jar) on the page the browser shows now. Every violation fails the test; the full report is
 * kept in {@code target/browser-evidence/axe-<name>.txt}.
 */
public final class Accessibility {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Accessibility() {}

  public static void assertNoViolations(WebDriver driver, String name) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    String report =
        results.getViolations().stream()
            .map(Accessibility::describe)
            .collect(Collectors.joining("\n"));
    keep(
        name,
        "page: "
            + driver.getCurrentUrl()
            + "\nrules passed: "
            + results.getPasses().size()
            + "\nviolations: "
            + results.getViolations().size()
            + "\n"
            + report);
    assertTrue(results.getViolations().isEmpty(), name + " violates WCAG 2.1 AA:\n" + report);
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " — "
        + rule.getNodes().stream()
            .map(node -> String.valueOf(node.getTarget()))
            .collect(Collectors.joining(", "));
  }

  private static void keep(String name, String report) {
    try {
      Path evidence = Files.createDirectories(Path.of("target", "browser-evidence"));
      Files.writeString(evidence.resolve("axe-" + name + ".txt"), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
