package io.tellerline.privacy.eval;

/**
 * Span-level counts for one type (or all): a prediction is right only with exact offsets and type.
 */
public record TypeScore(int truePositives, int falsePositives, int falseNegatives) {

  public TypeScore plus(TypeScore other) {
    return new TypeScore(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  public int gold() {
    return truePositives + falseNegatives;
  }

  /** 1.0 when nothing was predicted: no false alarm was raised. */
  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  /** 1.0 when there was nothing to find. */
  public double recall() {
    return gold() == 0 ? 1.0 : (double) truePositives / gold();
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
