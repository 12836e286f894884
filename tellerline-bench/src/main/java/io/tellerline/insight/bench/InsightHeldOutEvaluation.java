package io.tellerline.insight.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Precision and recall of the four insight detectors on a held-out set written by someone who never
 * saw the detectors (see {@link HeldOutSet} for its format): the same table and the same matching
 * as {@link InsightDetectorEvaluation}, then the wrong findings by merchant.
 *
 * <p>usage: {@code InsightHeldOutEvaluation DIR} (DIR holds histories.jsonl and labels.jsonl)
 */
public final class InsightHeldOutEvaluation {

  private InsightHeldOutEvaluation() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: InsightHeldOutEvaluation DIR");
    }
    Path directory = Path.of(args[0]);
    List<HeldOutSet.Case> cases;
    try {
      cases = HeldOutSet.read(directory);
    } catch (NoSuchFileException | IllegalArgumentException e) {
      PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      err.println(
          e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage());
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("held-out set %s, %d histories%n", directory.getFileName(), cases.size());
    evaluate(cases).print(out);
  }

  static DetectorScores evaluate(List<HeldOutSet.Case> cases) {
    DetectorScores scores = new DetectorScores();
    for (HeldOutSet.Case labelled : cases) {
      scores.score(labelled.history(), labelled.labels());
    }
    return scores;
  }
}
