package io.tellerline.banking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The assistant shows the last 90 days only (PSD2 RTS Art. 10): queries are cut to that window. */
class TransactionQueryWindowTest {

  private static final LocalDate EARLIEST = LocalDate.parse("2026-09-08");

  @Test
  void aRangeReachingFurtherBackIsCutAndKeepsItsFilters() {
    TransactionQuery asked =
        new TransactionQuery(
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-12-06"),
            Optional.of("Lidl"),
            Optional.empty(),
            Optional.of(new BigDecimal("50")),
            true);

    TransactionQuery served = asked.notBefore(EARLIEST).orElseThrow();

    assertEquals(EARLIEST, served.from());
    assertEquals(asked.to(), served.to());
    assertEquals(Optional.of("Lidl"), served.counterparty());
    assertEquals(asked.minimumAmount(), served.minimumAmount());
    assertTrue(served.paymentsOnly());
  }

  @Test
  void aRangeInsideTheWindowIsUnchangedAndOneWhollyBeforeItIsNotServed() {
    TransactionQuery recent = query("2026-11-01", "2026-11-30");
    assertEquals(Optional.of(recent), recent.notBefore(EARLIEST));
    assertEquals(Optional.empty(), query("2025-03-01", "2025-03-31").notBefore(EARLIEST));
    assertEquals(
        EARLIEST, query("2026-09-01", "2026-09-08").notBefore(EARLIEST).orElseThrow().from());
  }

  private static TransactionQuery query(String from, String to) {
    return new TransactionQuery(
        LocalDate.parse(from),
        LocalDate.parse(to),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false);
  }
}
