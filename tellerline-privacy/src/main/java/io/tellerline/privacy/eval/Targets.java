package io.tellerline.privacy.eval;

import io.tellerline.privacy.detection.PiiType;
import java.util.ArrayList;
import java.util.List;

/**
 * The acceptance targets of issue 5: recall ≥ 99.5 % for IBANs and cards, ≥ 95 % overall, precision
 * ≥ 97 % overall. Returns what is not met, so a test and the CLI say the same thing.
 */
public final class Targets {
  public static final double CHECKSUMMED_RECALL = 0.995;
  public static final double OVERALL_RECALL = 0.95;
  public static final double OVERALL_PRECISION = 0.97;

  private Targets() {}

  public static List<String> unmet(Evaluation evaluation) {
    List<String> unmet = new ArrayList<>();
    for (PiiType type : List.of(PiiType.IBAN, PiiType.CARD)) {
      double recall = evaluation.score(type).recall();
      if (recall < CHECKSUMMED_RECALL) {
        unmet.add(String.format("%s recall %.4f < %.3f", type, recall, CHECKSUMMED_RECALL));
      }
    }
    TypeScore overall = evaluation.overall();
    if (overall.recall() < OVERALL_RECALL) {
      unmet.add(String.format("overall recall %.4f < %.2f", overall.recall(), OVERALL_RECALL));
    }
    if (overall.precision() < OVERALL_PRECISION) {
      unmet.add(
          String.format("overall precision %.4f < %.2f", overall.precision(), OVERALL_PRECISION));
    }
    return unmet;
  }
}
