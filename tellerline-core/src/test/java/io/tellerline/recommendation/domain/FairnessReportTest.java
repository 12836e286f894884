package io.tellerline.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FairnessReportTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void ratesAndGapsPerLanguageAndCustomerGroup() {
    List<FairnessReport.Customer> population =
        List.of(
            new FairnessReport.Customer("en", TODAY.minusYears(5), 2, 2, 1),
            new FairnessReport.Customer("en", TODAY.minusDays(30), 0, 0, 0),
            new FairnessReport.Customer("de", TODAY.minusYears(2), 1, 1, 1),
            new FairnessReport.Customer("de", TODAY.minusDays(364), 1, 0, 0));
    List<FairnessReport.Row> rows = FairnessReport.rows(population, TODAY);
    assertEquals(
        List.of(
            new FairnessReport.Row("language", "de", 2, 2, 1, 1, 100.0, 100.0),
            new FairnessReport.Row("language", "en", 2, 1, 2, 1, 50.0, 50.0),
            new FairnessReport.Row("customer-group", "long-standing", 2, 2, 3, 2, 100.0, 200.0 / 3),
            new FairnessReport.Row("customer-group", "new", 2, 1, 0, 0, 50.0, Double.NaN)),
        rows);
    assertEquals(50.0, FairnessReport.gap(rows, "language", FairnessReport.Row::offerRate));
    assertEquals(
        0.0,
        FairnessReport.gap(rows, "customer-group", FairnessReport.Row::acceptanceRate),
        "one group without decisions: nothing to compare");
  }
}
