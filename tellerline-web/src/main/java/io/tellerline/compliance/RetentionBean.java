package io.tellerline.compliance;

import io.tellerline.console.ConsolePage;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.privacy.application.RetentionService;
import io.tellerline.privacy.domain.RetentionRun;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The compliance page for retention: the period of each data class, the latest runs, a dry run
 * (what a run would delete now, deleting nothing) and a run started by hand. Outside production a
 * run or dry run may be "as of" a later day, to show what retention does when time has passed; the
 * service refuses that in production.
 */
@Named
@ViewScoped
public class RetentionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RetentionService retention;
  @Inject HttpServletRequest request;

  private String asOf;
  private RetentionRun report;
  private List<RetentionRun> runs = List.of();

  /** viewAction: the latest runs. */
  public void load() {
    runs = retention.latestRuns();
  }

  public void dryRun() {
    act(() -> report = retention.dryRun(ConsolePage.signedInStaff(request), moment()));
  }

  public void runNow() {
    act(
        () -> {
          Optional<RetentionRun> run =
              retention.runNow(ConsolePage.signedInStaff(request), moment());
          report = run.orElse(null);
          if (run.isEmpty()) {
            ConsolePage.info("Another instance is running retention now; nothing was started.");
          }
        });
  }

  private void act(Runnable action) {
    report = null;
    try {
      action.run();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
    load();
  }

  /** The day typed (UTC midnight), or now when none. */
  private Optional<Instant> moment() {
    if (asOf == null || asOf.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException malformed) {
      throw new InvalidInputException("asOf", "privacy.as_of_invalid");
    }
  }

  /**
   * One line of a table on the page: a name and a number (a public type, so that EL reads it; the
   * JDK's map entries are not public classes).
   *
   * @param name a data class or a kind of row
   * @param value days kept, or rows
   */
  public record Line(String name, long value) {}

  /** Each data class with its period in days, in the order of the configuration. */
  public List<Line> getPeriods() {
    return retention.schedule().periods().entrySet().stream()
        .map(period -> new Line(period.getKey().key(), period.getValue().toDays()))
        .toList();
  }

  public boolean isClockMayMove() {
    return retention.clockMayMove();
  }

  public List<Line> getReportRows() {
    return report == null
        ? List.of()
        : report.counts().entrySet().stream()
            .map(count -> new Line(count.getKey(), count.getValue()))
            .toList();
  }

  public RetentionRun getReport() {
    return report;
  }

  public List<RetentionRun> getRuns() {
    return runs;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }
}
