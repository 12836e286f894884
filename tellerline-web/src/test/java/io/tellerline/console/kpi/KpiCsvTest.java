package io.tellerline.console.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.domain.FairnessRow;
import io.tellerline.conversation.domain.KpiDimension;
import io.tellerline.conversation.domain.KpiFigures;
import io.tellerline.kernel.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KpiCsvTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void aGroupNamedLikeAFormulaStaysText() {
    String csv =
        KpiCsv.fairness(
            List.of(new FairnessRow("=HYPERLINK(\"x\")", "language", "@en", 10, 20, 2, 1, 0)));
    String row = csv.split("\r\n")[1];
    assertEquals(
        "\"'=HYPERLINK(\"\"x\"\")\",\"language\",\"'@en\",\"10\",\"20\",\"10.0 %\",\"10.0 %\",\"0.0 %\"",
        row);
  }

  @Test
  void figuresAreWrittenAsTheDashboardShowsThem() {
    KpiFigures all =
        new KpiFigures(
            "all",
            4,
            5,
            2,
            OptionalDouble.of(3.5),
            OptionalDouble.empty(),
            OptionalDouble.of(90),
            OptionalDouble.of(450),
            1,
            4,
            2,
            1,
            OptionalDouble.of(60),
            4,
            2,
            OptionalDouble.of(3.5),
            List.of(0L, 1L, 0L, 0L, 1L));
    String row = KpiCsv.figures(List.of(all)).split("\r\n")[1];
    assertTrue(
        row.startsWith(
            "\"all\",\"4\",\"5\",\"40.0 %\",\"3.5 s\",\"–\",\"90.0 s\",\"450.0 s\",\"25.0 %\",\"50.0 %\""),
        row);
    assertTrue(row.endsWith("\"0\",\"1\",\"0\",\"0\",\"1\""), row);
  }

  @Test
  void theRequestIsCheckedAtTheBoundary() {
    KpiRequest fallback = KpiRequest.of(null, "", null, CLOCK);
    assertEquals(Instant.parse("2026-11-07T00:00:00Z"), fallback.period().from()); // 30 days
    assertEquals(Instant.parse("2026-12-07T00:00:00Z"), fallback.period().to());
    assertEquals(KpiDimension.DAY, fallback.dimension());
    assertEquals(
        KpiDimension.INTENT,
        KpiRequest.of("2026-01-01", "2026-01-31", "intent", CLOCK).dimension());
    assertThrows(
        InvalidInputException.class, () -> KpiRequest.of("2026-02-01", "2026-01-01", "", CLOCK));
    assertThrows(
        InvalidInputException.class, () -> KpiRequest.of("2024-01-01", "2026-01-01", "", CLOCK));
    assertThrows(InvalidInputException.class, () -> KpiRequest.of("yesterday", null, "", CLOCK));
    assertThrows(InvalidInputException.class, () -> KpiRequest.of(null, null, "customer", CLOCK));
  }
}
