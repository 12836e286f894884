package io.tellerline.nlu.evaluate;

/**
 * Precision and recall of a yes/no detector (e.g. frustration): counts of true and false positives
 * and negatives.
 */
public record BinaryScores(
    int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

  public static BinaryScores none() {
    return new BinaryScores(0, 0, 0, 0);
  }

  /** These counts plus one more decision. */
  public BinaryScores plus(boolean actual, boolean detected) {
    return new BinaryScores(
        truePositives + (actual && detected ? 1 : 0),
        falsePositives + (!actual && detected ? 1 : 0),
        falseNegatives + (actual && !detected ? 1 : 0),
        trueNegatives + (!actual && !detected ? 1 : 0));
  }

  /** The counts of both. */
  public BinaryScores and(BinaryScores other) {
    return new BinaryScores(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives,
        trueNegatives + other.trueNegatives);
  }

  /** Of those detected, the share that were right (0 when none was detected). */
  public double precision() {
    int detected = truePositives + falsePositives;
    return detected == 0 ? 0 : (double) truePositives / detected;
  }

  /** Of the actual positives, the share detected (0 when there were none). */
  public double recall() {
    int actual = truePositives + falseNegatives;
    return actual == 0 ? 0 : (double) truePositives / actual;
  }
}
