package io.tellerline.insight.domain;

import java.util.List;

/** The detectors in use, in the order their insights are shown. */
public final class InsightDetectors {

  private InsightDetectors() {}

  public static List<InsightDetector> all() {
    return List.of(
        new DuplicateChargeDetector(),
        new UnusualDebitDetector(),
        new LowBalanceForecastDetector(),
        new PriceRiseDetector());
  }
}
