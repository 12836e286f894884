package io.tellerline.insight.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

/**
 * Precision and recall of each insight detector on generated histories (self-generated, labels
 * known): {@link SyntheticCustomer} writes a customer's history and, apart, what it planted; each
 * detector reads only the history; a finding counts as right when a label of its kind names the
 * same merchant (and day, where the kind has one): see {@link DetectorScores}.
 *
 * <p>usage: {@code InsightDetectorEvaluation SEED CUSTOMERS [TODAY]}
 */
public final class InsightDetectorEvaluation {

  private InsightDetectorEvaluation() {}

  public static void main(String[] args) {
    long seed = Long.parseLong(args[0]);
    int customers = Integer.parseInt(args[1]);
    LocalDate today = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2026, 12, 6);
    DetectorScores scores = evaluate(seed, customers, today);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("seed %d, %d customers, today %s%n", seed, customers, today);
    scores.print(out);
  }

  static DetectorScores evaluate(long seed, int customers, LocalDate today) {
    Random random = new Random(seed);
    DetectorScores scores = new DetectorScores();
    for (int i = 0; i < customers; i++) {
      SyntheticCustomer.Generated customer = SyntheticCustomer.generate(random, today);
      scores.score(customer.history(), customer.labels());
    }
    return scores;
  }
}
