package io.tellerline.banking.domain;

import java.time.LocalDate;
import java.time.Period;

/** How often a standing order pays. */
public enum Rhythm {
  WEEKLY(Period.ofWeeks(1)),
  MONTHLY(Period.ofMonths(1)),
  QUARTERLY(Period.ofMonths(3)),
  YEARLY(Period.ofYears(1));

  /** Fifty years of weekly payments: the search for the next one never runs longer. */
  private static final int MAX_STEPS = 2_700;

  private final Period period;

  Rhythm(Period period) {
    this.period = period;
  }

  /**
   * The first payment on or after {@code day}. Each payment is counted from the first one, not from
   * the one before, so a standing order on the 31st pays on the last day of a short month and on
   * the 31st again after it.
   */
  public LocalDate nextOnOrAfter(LocalDate first, LocalDate day) {
    LocalDate next = first;
    for (int step = 1; next.isBefore(day) && step <= MAX_STEPS; step++) {
      next = first.plus(period.multipliedBy(step));
    }
    return next;
  }
}
