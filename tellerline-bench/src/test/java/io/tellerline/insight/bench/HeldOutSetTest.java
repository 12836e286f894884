package io.tellerline.insight.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.BookingOrigin;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.insight.domain.InsightKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The held-out reader on a three-customer sample written by hand in the held-out format. */
class HeldOutSetTest {

  private static Path sample() throws URISyntaxException {
    return Path.of(HeldOutSetTest.class.getResource("/heldout-sample/histories.jsonl").toURI())
        .getParent();
  }

  @Test
  void readsHistoriesOriginsAndLabels() throws Exception {
    List<HeldOutSet.Case> cases = HeldOutSet.read(sample());
    assertEquals(
        List.of("h-00001", "h-00002", "h-00003"), cases.stream().map(c -> c.id()).toList());
    HeldOutSet.Case second = cases.get(1);
    assertEquals("0177", second.history().accountLast4());
    assertEquals(LocalDate.of(2026, 12, 6), second.history().today());
    Transaction zalando = second.history().bookings().get(1);
    assertEquals("Zalando", zalando.counterparty());
    assertEquals(new java.math.BigDecimal("-59.95"), zalando.amount().amount());
    assertEquals(
        BookingOrigin.card(LocalDateTime.of(2026, 11, 30, 19, 2, 11), "A93K2Q"), zalando.origin());
    Transaction netflix = cases.get(0).history().bookings().get(0);
    assertEquals(BookingOrigin.directDebit("NFX-7781-2209"), netflix.origin());
    assertTrue(second.history().bookings().get(0).origin().isUnknown(), "an old terminal");
    assertEquals(
        new Label(InsightKind.DUPLICATE_CHARGE, "Zalando", LocalDate.of(2026, 12, 3)),
        second.labels().get(0));
    assertEquals(
        List.of(new Label(InsightKind.LOW_BALANCE_FORECAST, null, null)), cases.get(2).labels());
  }

  @Test
  void scoresTheSampleAsItsLabelsSay() throws Exception {
    DetectorScores scores = InsightHeldOutEvaluation.evaluate(HeldOutSet.read(sample()));
    DetectorScores.Score duplicates = scores.of(InsightKind.DUPLICATE_CHARGE);
    assertEquals(2, duplicates.labels);
    assertEquals(2, duplicates.truePositives, "Netflix by its mandate, Zalando by its reference");
    assertEquals(
        0, duplicates.falsePositives, "two train tickets hours apart: " + duplicates.wrongAt);
    assertEquals(1, scores.of(InsightKind.LOW_BALANCE_FORECAST).truePositives);
    assertEquals(0, scores.of(InsightKind.UNUSUAL_DEBIT).falsePositives);
    assertEquals(0, scores.of(InsightKind.PRICE_RISE).falsePositives);
  }

  @Test
  void aBrokenLineOrMissingLabelsAreNamed(@TempDir Path directory) throws IOException {
    Files.writeString(
        directory.resolve("histories.jsonl"), "{\"id\":\"h-1\",\n", StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("labels.jsonl"), "", StandardCharsets.UTF_8);
    IllegalArgumentException broken =
        assertThrows(IllegalArgumentException.class, () -> HeldOutSet.read(directory));
    assertTrue(broken.getMessage().startsWith("histories.jsonl line 1: "), broken.getMessage());

    Files.writeString(
        directory.resolve("histories.jsonl"),
        "{\"id\":\"h-1\",\"today\":\"2026-12-06\",\"account_last4\":\"1\",\"currency\":\"EUR\","
            + "\"balance\":\"1.00\",\"bookings\":[]}\n",
        StandardCharsets.UTF_8);
    IllegalArgumentException unlabelled =
        assertThrows(IllegalArgumentException.class, () -> HeldOutSet.read(directory));
    assertTrue(unlabelled.getMessage().contains("different ids"), unlabelled.getMessage());
  }
}
